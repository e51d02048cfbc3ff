//! Tar archives as trees: read once, member data left in place (or in a spool).
use std::path::Path;

use crate::error::{Error, Result};
use crate::node::Node;

/// The node tree of the archive at `path`.
pub(crate) fn read(
    path: &Path,
    _spool_dir: Option<&Path>,
    _warnings: &mut Vec<String>,
) -> Result<Node> {
    Err(Error::NotATree {
        path: path.to_owned(),
        why: "not a directory (tar archives are not read yet)".into(),
    })
}
