//! The pools of the archive (as the ordinary user), its zstd copy and its extraction.
use std::path::{Path, PathBuf};

use super::rootfs::{BUILDER, rootfs_tar};
use crate::host::{BIN, open_up, oracle};
use crate::tree::fixture::EPOCH;

/// `anvil-assemble pool --root INPUT` as `user` into `out`.
pub fn pool(input: &Path, out: &Path, user: &str) {
    let run = oracle("runuser", "util-linux")
        .args(["-u", user, "--", BIN, "pool"])
        .args(["--vdev-type", "disk", "--size", "512M", "--root"])
        .args([input, Path::new("--out"), out])
        .env("SOURCE_DATE_EPOCH", EPOCH.to_string())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "pool from {} failed: {}",
        input.display(),
        String::from_utf8_lossy(&run.stderr)
    );
}

/// The test's directory (world-writable), the archive's pool and the extracted tree.
pub struct Built {
    /// Removed when the test ends.
    pub _dir: tempfile::TempDir,
    pub img: PathBuf,
    pub extracted: PathBuf,
}

/// Builds the three pools, asserts they are identical, returns the archive's.
pub fn build() -> Built {
    let tar = rootfs_tar();
    let dir = tempfile::tempdir().unwrap();
    open_up(dir.path());
    // The label records the image's file name: each pool is `rootfs.img` in its own folder.
    let place = |name: &str| {
        let sub = dir.path().join(name);
        std::fs::create_dir(&sub).unwrap();
        open_up(&sub);
        sub.join("rootfs.img")
    };
    let img = place("archive");
    pool(tar, &img, BUILDER);
    let zst = dir.path().join("rootfs.tar.zst");
    let z = oracle("zstd", "zstd")
        .args(["-q", "-T0"])
        .arg(tar)
        .arg("-o")
        .arg(&zst)
        .status();
    assert!(z.unwrap().success());
    let from_zst = place("zst");
    pool(&zst, &from_zst, BUILDER);
    let extracted = extract(tar, dir.path());
    let from_dir = place("dir");
    pool(&extracted, &from_dir, "root");
    let same = |a: &Path, b: &Path| std::fs::read(a).unwrap() == std::fs::read(b).unwrap();
    assert!(same(&img, &from_zst), "the zstd copy gave another pool");
    assert!(
        same(&img, &from_dir),
        "the extracted tree gave another pool"
    );
    for f in [from_zst, from_dir, zst] {
        std::fs::remove_file(f).unwrap();
    }
    Built {
        _dir: dir,
        img,
        extracted,
    }
}

/// What `tar -x` extracts as root, attributes, ACLs and numeric owners kept.
fn extract(tar: &Path, dir: &Path) -> PathBuf {
    let extracted = dir.join("x");
    std::fs::create_dir(&extracted).unwrap();
    let x = oracle("tar", "tar")
        .args([
            "-x",
            "--xattrs",
            "--xattrs-include=*",
            "--acls",
            "--numeric-owner",
            "-p",
            "-f",
        ])
        .arg(tar)
        .arg("-C")
        .arg(&extracted)
        .status();
    assert!(x.unwrap().success(), "tar -x failed");
    extracted
}
