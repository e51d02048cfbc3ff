//! Bad input: a message naming the culprit, a non-zero exit, and nothing left in the output
//! directory (no file, no temporary).
mod input; // files too large, changing, unreadable; a missing root
mod spec; // malformed spec lines and names
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::{assemble, assemble_as_nobody};

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
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        !run.status.success(),
        "accepted bad input; stderr: {stderr}"
    );
    for needle in want {
        assert!(
            stderr.contains(needle),
            "message lacks {needle:?}: {stderr}"
        );
    }
    let left: Vec<_> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind after an error: {left:?}");
}

/// World-writable, so the unprivileged runs can use it.
fn open_up(dir: &Path) {
    fs::set_permissions(dir, fs::Permissions::from_mode(0o777)).unwrap();
}

/// A one-file tree every case can start from.
pub fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    open_up(dir.path());
    fs::write(dir.path().join("ok"), b"fine\n").unwrap();
    dir
}
