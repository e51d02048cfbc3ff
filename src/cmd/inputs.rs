//! Input files checked by type before they are opened: opening a FIFO with no writer blocks
//! forever, and one with a writer (`<(…)`, `/dev/fd/N`) can be read only once, while a
//! kernel or initramfs is measured first and then copied twice (into the ISO and its ESP).
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// Checks that `path` (given as `flag`) is a regular file.
pub fn regular(flag: &str, path: &Path) -> Result<()> {
    let named = || format!("{flag} {}", path.display());
    let ft = std::fs::metadata(path).with_context(named)?.file_type();
    let what = if ft.is_file() {
        return Ok(());
    } else if ft.is_fifo() {
        "a FIFO or pipe: its size is not known before it is read, and it can be read only \
         once (the ISO reads a kernel and initramfs twice: into itself and into its ESP); \
         save it to a file first"
    } else if ft.is_dir() {
        "a directory, not a file"
    } else {
        "a device or socket, not a regular file"
    };
    bail!("{}: is {what}", named())
}
