//! Times before 1970: ZFS keeps signed seconds, so the pool keeps them (zdb prints the year,
//! our verifier compares them exactly); newc cannot, so the initramfs says so once.
use std::fs::{self, File, FileTimes};
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use super::run::{Run, assert_no_leaks};
use super::zdb::zdb;
use crate::archive::assemble as run;

/// A tree holding one file dated 1960-05-02.
fn old_tree(dir: &Path) -> PathBuf {
    let root = dir.join("root");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("old"), "old").unwrap();
    let old = UNIX_EPOCH - Duration::from_secs(305_000_000);
    let times = FileTimes::new().set_modified(old).set_accessed(old);
    let file = File::options().write(true).open(root.join("old")).unwrap();
    file.set_times(times).unwrap();
    root
}

#[test]
fn times_before_1970_stay_in_the_pool() {
    let t = tempfile::tempdir().unwrap();
    let root = old_tree(t.path());
    let work = tempfile::tempdir().unwrap();
    let img = work.path().join("rootfs.img");
    let extra = ["--size", "64M"];
    Run {
        root: &root,
        spec: None,
        out: &img,
        extra: &extra,
    }
    .ok();
    assert_no_leaks(work.path());
    let dump = zdb(work.path(), &["-dddd", "anvil_pool/ROOT"]).stdout;
    let dump = String::from_utf8_lossy(&dump);
    let kept = dump
        .lines()
        .any(|l| l.contains("mtime") && l.ends_with(" 1960"));
    assert!(kept, "{dump}");
    let verified = run(&[
        "verify".as_ref(),
        img.as_ref(),
        "--tree".as_ref(),
        root.as_ref(),
    ]);
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
}

#[test]
fn newc_says_once_that_it_cannot_hold_them() {
    let t = tempfile::tempdir().unwrap();
    let root = old_tree(t.path());
    let gz = t.path().join("initrd.gz");
    let cpio = run(&[
        "initramfs".as_ref(),
        "--root".as_ref(),
        root.as_ref(),
        "--out".as_ref(),
        gz.as_ref(),
    ]);
    let err = String::from_utf8_lossy(&cpio.stderr);
    let warned = err.contains("1 entry has times newc cannot hold");
    assert!(cpio.status.success() && warned, "{err}");
}
