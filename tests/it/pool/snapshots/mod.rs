//! Build-time snapshots (`--snapshot`): zdb finds no leak, lists them with the head's space
//! and verifies every feature refcount they add; bad names are refused; and in the kernel
//! they diff, send, destroy and roll back (`kernel`).
mod kernel; // zfs diff, send | receive, destroy, rollback; then zdb -bcc finds no leak

use super::build;
use std::path::Path;

use super::errors::{Bad, tree};
use super::run::assert_no_leaks;
use super::zdb::zdb;
use crate::tree::fixture::Fixture;

/// zdb's text of `args` on the pool in `dir`.
fn zdb_text(dir: &Path, args: &[&str]) -> String {
    String::from_utf8_lossy(&zdb(dir, args).stdout).into_owned()
}

#[test]
fn snapshots_share_the_heads_blocks_and_zdb_verifies_them() {
    let fx = Fixture::build();
    let extra = [
        "--size",
        "128M",
        "--snapshot",
        "built",
        "--snapshot",
        "Second one",
    ];
    let img = build(&fx, "snapshots", &extra);
    let dir = img.parent().unwrap();
    assert_no_leaks(dir);
    let d = zdb_text(dir, &["-d", "anvil_pool"]);
    let line = |name: &str| {
        let l = d
            .lines()
            .find(|l| l.starts_with(&format!("Dataset {name} ")));
        l.unwrap_or_else(|| panic!("no {name}:\n{d}")).to_owned()
    };
    let head = line("anvil_pool/ROOT");
    let size = |l: &str| l.split(", ").nth(3).map(str::to_owned);
    for (snap, txg) in [("built", 4), ("Second one", 5)] {
        let l = line(&format!("anvil_pool/ROOT@{snap}"));
        assert!(l.contains(&format!("cr_txg {txg},")), "{l}");
        assert_eq!(size(&l), size(&head), "{l} / {head}");
    }
    // The head and both snapshots hold user-object and project accounting.
    for f in ["userobj_accounting", "project_quota"] {
        let want = format!("Verified {f} feature refcount of 3 is correct");
        assert!(d.contains(&want), "{d}");
    }
    assert_same_blocks(
        dir,
        build(&fx, "plain", &["--size", "128M"]).parent().unwrap(),
    );
}

/// The pool in `with` (snapshots) allocates at most 64 KiB more than the one in `without`:
/// the snapshots' MOS objects, no file data twice.
fn assert_same_blocks(with: &Path, without: &Path) {
    let allocated = |dir| {
        let b = zdb_text(dir, &["-b", "anvil_pool"]);
        let line = b
            .lines()
            .find(|l| l.contains("bp allocated:"))
            .unwrap_or_default();
        let n = line
            .split_whitespace()
            .nth(2)
            .and_then(|n| n.parse::<u64>().ok());
        n.unwrap_or_else(|| panic!("no bp allocated:\n{b}"))
    };
    let (a, b) = (allocated(with), allocated(without));
    assert!(a >= b && a - b <= 64 << 10, "{a} against {b}");
}

#[test]
fn bad_snapshot_names_are_refused() {
    let t = tree();
    let with = |extra: &'static [&'static str]| Bad {
        root: t.path(),
        spec: None,
        extra,
        nobody: false,
    };
    with(&["--snapshot", "a@b"]).fails(&[
        "\"ROOT@a@b\" is not a valid snapshot name",
        "'@' is not allowed",
    ]);
    with(&["--snapshot", ""]).fails(&["may not be named \"\""]);
    let long = &[
        "--snapshot",
        "x123456789x123456789x123456789x123456789x123456789",
    ];
    with(long).fails(&["50 bytes; this writer takes at most 49"]);
    with(&["--snapshot", "a", "--snapshot", "a"]).fails(&["listed twice"]);
}
