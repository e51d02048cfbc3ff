//! Spec files in the line format of the kernel's `usr/gen_init_cpio.c`.
//!
//! `parse` turns each line into a typed [`SpecLine`] (names normalised and checked, `file`
//! sources stat'ed), then `apply` inserts the lines into the walked tree in file order: a spec
//! entry overrides the tree's entry of the same path, and missing parents become directories.
mod apply; // SpecLine → node tree
mod fields; // MODE UID GID, targets, `file` sources
mod name; // "/dev/console" → b"dev/console", refusing escapes and control bytes
mod parse; // one line → SpecLine

use std::path::Path;

use crate::entry::{Kind, Xattr};
use crate::error::{Error, Result};
use crate::meta::Meta;
use crate::node::{LinkKey, Node};

pub(crate) use parse::SpecLine;

/// An entry added on top of the walked or archived tree, as a spec line adds one: the
/// default build lays out its roots with these, in memory. Names are image paths without
/// a leading slash; names after the first are hard links to it.
#[derive(Clone, Debug)]
pub struct Addition {
    /// The entry's path, then any hard links to it.
    pub names: Vec<Vec<u8>>,
    /// What it is (a file's source may be bytes in memory).
    pub kind: Kind,
    /// Owner, permissions and time.
    pub meta: Meta,
    /// Extended attributes, sorted by name.
    pub xattrs: Vec<Xattr>,
}

/// Applies `adds` in order; an error names the entry.
pub(crate) fn apply_additions(root: &mut Node, adds: &[Addition], implicit: Meta) -> Result<()> {
    for (i, a) in adds.iter().enumerate() {
        let link = LinkKey::Added(i);
        let added = a.kind.check_device();
        added
            .and_then(|()| apply::add(root, a, link, implicit))
            .map_err(|msg| Error::Addition {
                name: name::show(&a.names[0]),
                msg,
            })?;
    }
    Ok(())
}

/// Parses `file` and applies every line to `root`; `implicit` is the metadata of entries the
/// spec creates without saying so (missing parents) and the time of entries with no source.
pub(crate) fn apply_file(root: &mut Node, file: &Path, implicit: Meta) -> Result<()> {
    let lines = parse::parse_file(file, implicit.mtime)?;
    apply::apply(root, lines, file, implicit)
}
