//! Extended attributes the ISO cannot store (hadris-iso writes no AAIP): one warning naming
//! how many entries carry them and which names, the image still written; `--xattrs error`
//! refuses before writing anything. The fixture is shared with the initramfs tests.
use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use tempfile::TempDir;

use super::assemble;
use crate::host::{assert_refused, oracle};

/// What both warnings and refusals must say about [`fixture`].
pub const NAMED: [&str; 2] = ["2 entries carry extended attributes", "(user.x, user.y)"];

/// `root/` with a file carrying `user.x` and a directory carrying `user.x` and `user.y`,
/// and an empty `out/` beside it.
pub fn fixture() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir_all(root.join("d")).unwrap();
    fs::create_dir(dir.path().join("out")).unwrap();
    fs::write(root.join("a"), b"attributed\n").unwrap();
    setfattr(&root.join("a"), "user.x", "1");
    setfattr(&root.join("d"), "user.x", "1");
    setfattr(&root.join("d"), "user.y", "2");
    dir
}

fn setfattr(path: &Path, name: &str, value: &str) {
    let mut set = oracle("setfattr", "attr");
    let status = set.args(["-n", name, "-v", value]).arg(path).status();
    assert!(status.unwrap().success(), "setfattr {name} failed");
}

/// Runs `anvil-assemble iso` on the fixture's root into `out/x.iso` with `more` arguments.
fn run(dir: &Path, more: &[&str]) -> std::process::Output {
    let (kernel, initrd) = (dir.join("kernel"), dir.join("initrd"));
    fs::write(&kernel, b"k").unwrap();
    fs::write(&initrd, b"i").unwrap();
    let (root, out) = (dir.join("root"), dir.join("out/x.iso"));
    let mut args: Vec<&OsStr> = vec!["--root".as_ref(), root.as_os_str()];
    args.extend(["--kernel".as_ref(), kernel.as_os_str(), "--out".as_ref()]);
    args.extend([out.as_os_str(), "--initrd".as_ref(), initrd.as_os_str()]);
    args.extend(more.iter().map(OsStr::new));
    assemble(&args)
}

#[test]
fn attributes_are_left_out_with_one_warning() {
    let dir = fixture();
    let done = run(dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "failed: {stderr}");
    assert_eq!(stderr.matches("warning: ").count(), 1, "{stderr}");
    for needle in NAMED.iter().chain(&["cannot store", "--xattrs error"]) {
        assert!(
            stderr.contains(needle),
            "warning lacks {needle:?}: {stderr}"
        );
    }
    assert!(dir.path().join("out/x.iso").is_file(), "no image written");
}

#[test]
fn xattrs_error_refuses_and_writes_nothing() {
    let dir = fixture();
    let done = run(dir.path(), &["--xattrs", "error"]);
    let want = [NAMED[0], NAMED[1], "refused by --xattrs error"];
    assert_refused(&done, &want, &dir.path().join("out"));
}
