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

use crate::entry::Meta;
use crate::error::Result;
use crate::node::Node;

pub(crate) use parse::SpecLine;

/// Parses `file` and applies every line to `root`; `implicit` is the metadata of entries the
/// spec creates without saying so (missing parents) and the time of entries with no source.
pub(crate) fn apply_file(root: &mut Node, file: &Path, implicit: Meta) -> Result<()> {
    let lines = parse::parse_file(file, implicit.mtime)?;
    apply::apply(root, lines, file, implicit)
}
