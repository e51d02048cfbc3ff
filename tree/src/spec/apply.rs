//! Inserts parsed spec lines into the node tree.
use std::path::Path;

use super::name::show;
use super::{Addition, SpecLine};
use crate::entry::Kind;
use crate::error::{Error, Result};
use crate::meta::Meta;
use crate::node::{LinkKey, Node};

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

/// Puts `node` at `path`, creating missing parents; a directory over a directory keeps its
/// children and takes the new metadata.
fn insert(root: &mut Node, path: &[u8], node: Node, implicit: Meta) -> Result<(), String> {
    let mut parts: Vec<&[u8]> = path
        .split(|&b| b == b'/')
        .filter(|p| !p.is_empty())
        .collect();
    let Some(last) = parts.pop() else {
        return replace(root, node, path);
    };
    let mut dir = root;
    for part in parts {
        let child = dir
            .children
            .entry(part.to_vec())
            .or_insert_with(|| Node::leaf(Kind::Dir, implicit, None));
        if child.kind != Kind::Dir {
            return Err(format!(
                "{} is not a directory, so {} cannot be created",
                show(part),
                show(path)
            ));
        }
        dir = child;
    }
    match dir.children.get_mut(last) {
        Some(existing) => replace(existing, node, path),
        None => {
            dir.children.insert(last.to_vec(), node);
            Ok(())
        }
    }
}

fn replace(existing: &mut Node, node: Node, path: &[u8]) -> Result<(), String> {
    match (&existing.kind, &node.kind) {
        (Kind::Dir, Kind::Dir) => {
            existing.meta = node.meta;
            Ok(())
        }
        (Kind::Dir, _) if path.is_empty() => Err("the root must stay a directory".into()),
        (Kind::Dir, _) if !existing.children.is_empty() => Err(format!(
            "{} would replace a non-empty directory",
            show(path)
        )),
        _ => {
            *existing = node;
            Ok(())
        }
    }
}
