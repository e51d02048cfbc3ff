//! The rules for `--out`: a new path or a regular file (a device, FIFO, socket or directory
//! would be replaced by a regular file, a symlink's target left alone while the link is
//! replaced), and not one of the run's inputs (nor inside an input directory, where the
//! image would read itself).
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// The refusal; the caller names the target.
fn refuse(why: &str) -> io::Error {
    let msg = format!("refusing to write the output there: {why}");
    io::Error::new(io::ErrorKind::InvalidInput, msg)
}

/// Checks what is at `target` now.
pub fn target(target: &Path) -> io::Result<()> {
    if target.file_name().is_none() {
        return Err(refuse("it names no file"));
    }
    let meta = match target.symlink_metadata() {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let ft = meta.file_type();
    let what = if ft.is_symlink() {
        "it is a symbolic link (name the file it points to, or remove the link)"
    } else if ft.is_dir() {
        "it is a directory (name a file in it)"
    } else if !ft.is_file() {
        "it is a device, FIFO or socket, not a regular file"
    } else {
        return Ok(());
    };
    Err(refuse(what))
}

/// Checks that `target` is none of `inputs` (the same file, by device and inode) and is not
/// inside an input that is a directory.
pub fn not_an_input(target: &Path, inputs: &[&Path]) -> io::Result<()> {
    let existing = target.metadata().ok();
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = dir.canonicalize().ok();
    for input in inputs {
        let Ok(meta) = input.metadata() else { continue };
        if let Some(out) = &existing
            && (out.dev(), out.ino()) == (meta.dev(), meta.ino())
        {
            let why = format!("it is also an input ({})", input.display());
            return Err(refuse(&why));
        }
        let inside = match (&dir, input.canonicalize()) {
            (Some(dir), Ok(input)) if meta.is_dir() => dir.starts_with(input),
            _ => false,
        };
        if inside {
            let why = format!("it is inside the input directory {}", input.display());
            return Err(refuse(&why));
        }
    }
    Ok(())
}
