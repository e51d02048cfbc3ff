//! zdb (userspace libzpool) reads the image: every block's checksum, the space maps against
//! the blocks (no leak, no double allocation), every object, and files copied back out.
use std::path::Path;
use std::process::Output;

use super::build;
use crate::host::oracle;
use crate::tree::fixture::Fixture;

pub fn zdb(dir: &Path, args: &[&str]) -> Output {
    let out = oracle("zdb", "zfsutils-linux (bookworm-backports contrib)")
        .arg("-e")
        .arg("-p")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "zdb {args:?} failed:\n{text}");
    out
}

#[test]
fn zdb_finds_no_leaks_and_no_checksum_errors() {
    let fx = Fixture::build();
    let img = build(&fx, "zdb", &["--size", "128M"]);
    let dir = img.parent().unwrap();
    super::run::assert_no_leaks(dir);
    let objects =
        String::from_utf8_lossy(&zdb(dir, &["-dddd", "anvil_pool/ROOT"]).stdout).into_owned();
    assert!(
        objects.contains("ZFS master node") && objects.contains("SA attr layouts"),
        "{objects}"
    );
    let five = dir.join("five-mib");
    zdb(
        dir,
        &[
            "-r",
            "anvil_pool/ROOT",
            "big/five-mib",
            five.to_str().unwrap(),
        ],
    );
    let (got, want) = (
        std::fs::read(&five).unwrap(),
        std::fs::read(fx.root.join("big/five-mib")).unwrap(),
    );
    let first = got.iter().zip(&want).position(|(a, b)| a != b);
    assert!(
        got == want,
        "zdb -r gave {} bytes, want {}; first difference at {first:?}",
        got.len(),
        want.len()
    );
}
