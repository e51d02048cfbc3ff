//! `--root`: a directory is walked, a regular file is read as a tar archive (its format told
//! by its content, not its name); anything else is refused.
use std::fs;
use std::path::Path;

use crate::error::{Error, Result, io_err};
use crate::meta::Meta;
use crate::node::Node;
use crate::{archive, walk};

/// The node tree of `root`; a compressed archive is spooled in `spool_dir`; an archive's
/// missing parents get `implicit` metadata.
pub(crate) fn read(
    root: &Path,
    spool_dir: Option<&Path>,
    implicit: Meta,
    warnings: &mut Vec<String>,
) -> Result<Node> {
    let md = fs::metadata(root).map_err(io_err("reading metadata of", root))?;
    let ft = md.file_type();
    if ft.is_dir() {
        return walk::walk(root, &md, warnings);
    }
    if ft.is_file() {
        return archive::read(root, spool_dir, implicit, warnings);
    }
    let why = if std::os::unix::fs::FileTypeExt::is_fifo(&ft) {
        "a FIFO or pipe, not a directory or a tar archive (an archive is read by position: \
         save the stream to a file first)"
    } else {
        "not a directory or a tar archive"
    };
    Err(Error::NotATree {
        path: root.to_owned(),
        why: why.into(),
    })
}
