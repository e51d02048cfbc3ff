//! The big tree as a `disk` vdev, judged by zdb (leaks, checksums, every object, the fat ZAP,
//! three block-tree levels) and by the kernel, which imports it straight from /dev/vda.
use std::fs;
use std::path::Path;

use super::big::Big;
use super::big_guest::boot_and_check;
use super::run::{Run, assert_no_leaks};
use super::zdb::zdb;

#[test]
fn a_big_tree_passes_zdb_and_the_kernel() {
    let big = Big::build();
    let dir = big.dir.path().join("image");
    fs::create_dir(&dir).unwrap();
    let img = dir.join("rootfs.img");
    let run = Run {
        root: &big.root,
        spec: Some(&big.spec),
        out: &img,
        extra: &["--vdev-type", "disk", "--size", "900M"],
    };
    println!("{}", run.ok());
    assert_no_leaks(&dir);
    check_objects(&dir);
    boot_and_check(&big, &img);
}

/// `zdb -ddddd` lists every object with its path (`-dddd` and more): the 3000-entry
/// directory is a fat ZAP and the file over 128 MiB has three levels of blocks.
fn check_objects(dir: &Path) {
    let dump =
        String::from_utf8_lossy(&zdb(dir, &["-ddddd", "anvil_pool/ROOT"]).stdout).into_owned();
    let fat = object(&dump, "/fat");
    assert!(fat.contains("Fat ZAP stats"), "/fat is no fat ZAP:\n{fat}");
    let large = object(&dump, "/large/over-128-mib");
    let levels = large
        .lines()
        .nth(1)
        .and_then(|row| row.split_whitespace().nth(1));
    assert_eq!(levels, Some("3"), "want 3 levels:\n{large}");
}

/// The block of `zdb -ddddd` output describing the object at `path` in the dataset.
fn object<'a>(dump: &'a str, path: &str) -> &'a str {
    let needle = format!("\tpath\t{path}\n");
    dump.split("    Object  lvl")
        .find(|block| block.contains(&needle))
        .unwrap_or_else(|| panic!("zdb -ddddd shows no object with path {path}"))
}
