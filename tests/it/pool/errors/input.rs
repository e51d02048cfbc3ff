//! Input the pool cannot read or name: the message names the host path or the name.
use std::fs;
use std::os::unix::fs::PermissionsExt;

use super::{Bad, tree};

#[test]
fn an_unreadable_file_is_refused() {
    let t = tree();
    let secret = t.path().join("secret");
    fs::write(&secret, b"x").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let bad = Bad {
        root: t.path(),
        spec: None,
        extra: &[],
        nobody: true,
    };
    bad.fails(&["secret", "Permission denied"]);
}

/// /proc files say size 0 but have bytes: the same as a file that grew while read.
#[test]
fn a_file_that_changes_while_read_is_refused() {
    let t = tree();
    let bad = Bad {
        root: t.path(),
        spec: Some("file /v /proc/version 0644 0 0\n"),
        extra: &[],
        nobody: false,
    };
    bad.fails(&["/proc/version", "changed while being read"]);
}

#[test]
fn pool_names_zfs_refuses_are_refused() {
    let t = tree();
    let named = |extra: &'static [&'static str]| Bad {
        root: t.path(),
        spec: None,
        extra,
        nobody: false,
    };
    named(&["--pool", "1bad"]).fails(&["\"1bad\"", "pool name", "begin with a letter"]);
    named(&["--pool", "mirror0"]).fails(&["\"mirror0\"", "pool name", "reserved"]);
}
