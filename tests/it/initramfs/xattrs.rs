//! Extended attributes newc cpio cannot store: one warning naming how many entries carry
//! them and which names, the archive still written; `--xattrs error` refuses, writing nothing.
use std::path::Path;

use super::assemble;
use crate::host::assert_refused;
use crate::iso::xattrs::{NAMED, fixture};

#[test]
fn attributes_are_left_out_with_one_warning() {
    let dir = fixture();
    let (root, out) = (dir.path().join("root"), dir.path().join("out/i.cpio.gz"));
    let done = assemble(&[Path::new("--root"), &root, Path::new("--out"), &out]);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "failed: {stderr}");
    assert_eq!(stderr.matches("warning: ").count(), 1, "{stderr}");
    let rule = ["newc cpio cannot store", "--xattrs error"];
    for needle in NAMED.iter().chain(&rule) {
        assert!(
            stderr.contains(needle),
            "warning lacks {needle:?}: {stderr}"
        );
    }
    assert!(out.is_file(), "no archive written");
}

#[test]
fn xattrs_error_refuses_and_writes_nothing() {
    let dir = fixture();
    let (root, out) = (dir.path().join("root"), dir.path().join("out/i.cpio.gz"));
    let args = [Path::new("--root"), &root, Path::new("--out"), &out];
    let done = assemble(&[&args[..], &[Path::new("--xattrs"), Path::new("error")]].concat());
    let want = [NAMED[0], NAMED[1], "newc cpio", "refused by --xattrs error"];
    assert_refused(&done, &want, &dir.path().join("out"));
}
