//! Input the archive cannot hold or read: the message names the host path.
use std::fs;
use std::os::unix::fs::PermissionsExt;

use super::{fails, fails_as, tree};

#[test]
fn files_over_4_gib_and_files_that_change_are_refused() {
    let t = tree();
    let huge = t.path().join("huge");
    fs::File::create(&huge)
        .unwrap()
        .set_len((4 << 30) + 1)
        .unwrap();
    fails(
        t.path(),
        None,
        &[&huge.display().to_string(), "newc cpio limit"],
    );
    fs::remove_file(&huge).unwrap();
    // /proc files say size 0 but have bytes: the same as a file that grew while read.
    fails(
        t.path(),
        Some("file /v /proc/version 0644 0 0\n"),
        &["/proc/version", "changed while being read"],
    );
}

#[test]
fn unreadable_input_and_missing_root_are_refused() {
    let t = tree();
    fails(&t.path().join("nope"), None, &["nope"]);
    let secret = t.path().join("secret");
    fs::write(&secret, b"x").unwrap();
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    fails_as(true, t.path(), None, &["secret", "Permission denied"]);
}
