//! Inserts parsed spec lines into the node tree.
use std::path::Path;

use super::{Addition, SpecLine};
use crate::error::{Error, Result};
use crate::meta::Meta;
use crate::node::{LinkKey, Node};
use crate::place::insert;

/// Applies `lines` in order; `implicit` is the metadata of parent directories the spec implies.
pub(crate) fn apply(
    root: &mut Node,
    lines: Vec<SpecLine>,
    file: &Path,
    implicit: Meta,
) -> Result<()> {
    for line in lines {
        let link = LinkKey::Spec(line.line);
        add(root, &line.add, link, implicit).map_err(|msg| Error::Spec {
            file: file.to_owned(),
            line: line.line,
            msg,
        })?;
    }
    Ok(())
}

/// Inserts every name of `add` (names after the first are hard links, grouped by `link`).
pub(crate) fn add(
    root: &mut Node,
    add: &Addition,
    link: LinkKey,
    implicit: Meta,
) -> Result<(), String> {
    let link = (add.names.len() > 1).then_some(link);
    for name in &add.names {
        let mut node = Node::leaf(add.kind.clone(), add.meta, link);
        node.xattrs.clone_from(&add.xattrs);
        insert(root, name, node, implicit)?;
    }
    Ok(())
}
