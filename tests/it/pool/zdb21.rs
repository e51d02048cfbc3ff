//! The kit's OpenZFS 2.1.11 `zdb` (Debian 12's release) checks every block of the default
//! pool in userspace: no leak, no checksum error.
use std::process::Command;

use super::build;
use crate::kit::zfs21_root;
use crate::tree::fixture::Fixture;

#[test]
fn zdb_2_1_11_finds_no_leaks_and_no_checksum_errors() {
    let zdb = zfs21_root().join("sbin/zdb");
    let fx = Fixture::build();
    let img = build(&fx, "zdb21", &["--size", "128M"]);
    let dir = img.parent().unwrap();
    let out = Command::new(&zdb)
        .args(["-e", "-p"])
        .arg(dir)
        .args(["-bcc", "anvil_pool"])
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", zdb.display()));
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "zdb 2.1.11 -bcc failed:\n{text}");
    assert!(
        text.contains("No leaks (block sum matches space maps exactly)"),
        "{text}"
    );
    assert!(
        !text.contains("Got error") && !text.contains("leaked space"),
        "{text}"
    );
}
