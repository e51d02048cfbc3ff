//! Bad input: a message naming the culprit, a non-zero exit, and nothing left in the output
//! directory (no file, no temporary).
mod input; // files too large, changing, unreadable; a missing root
mod spec; // malformed spec lines and names
use std::fs;
use std::path::Path;

use super::{assemble, assemble_as_nobody};
use crate::host::{assert_refused, open_up};

/// Runs the CLI on `root` (+ `spec` text when given) and checks the failure contract.
pub fn fails(root: &Path, spec: Option<&str>, want: &[&str]) {
    fails_as(false, root, spec, want);
}

/// [`fails`], run as uid 65534 when `nobody` is set.
pub fn fails_as(nobody: bool, root: &Path, spec: Option<&str>, want: &[&str]) {
    let work = tempfile::tempdir().unwrap();
    let out_dir = work.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    open_up(work.path());
    open_up(&out_dir);
    let out = out_dir.join("initramfs.cpio.gz");
    let spec_path = work.path().join("bad.list");
    let mut args = vec![Path::new("--root"), root, Path::new("--out"), &out];
    if let Some(text) = spec {
        fs::write(&spec_path, text).unwrap();
        args.extend([Path::new("--spec"), &spec_path]);
    }
    let run = if nobody {
        assemble_as_nobody(&args)
    } else {
        assemble(&args)
    };
    assert_refused(&run, want, &out_dir);
}

/// A one-file tree every case can start from.
pub fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    open_up(dir.path());
    fs::write(dir.path().join("ok"), b"fine\n").unwrap();
    dir
}
