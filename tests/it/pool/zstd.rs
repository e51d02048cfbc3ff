//! `--compression zstd`: the same bytes for any thread count, zdb and zfs-reader read every
//! block back (decompressing with OpenZFS's own libzstd 1.4.5 and with ruzstd), and values
//! OpenZFS has but the writer does not write, or does not have, are refused.
use std::fs;
use std::path::Path;

use super::errors::{Bad, tree};
use super::run::{Run, assert_no_leaks};
use super::zdb::zdb;

/// A tree of text files of one to twelve records, and one of noise (stored raw).
pub(super) fn tree_of_text(root: &Path) {
    fs::create_dir_all(root).unwrap();
    for i in 1..=24u64 {
        let lines = (0..i * 4000).map(|n| format!("{i}: line {n} of an anvil zstd test\n"));
        fs::write(root.join(format!("text-{i}")), lines.collect::<String>()).unwrap();
    }
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let noise = (0..300_000).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as u8
    });
    fs::write(root.join("noise"), noise.collect::<Vec<u8>>()).unwrap();
}

#[test]
fn zstd_pools_are_identical_across_thread_counts_and_read_back() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    tree_of_text(&root);
    let image = |name: &str, threads| {
        let out = work.path().join(name).join("rootfs.img");
        fs::create_dir_all(out.parent().unwrap()).unwrap();
        let extra = [
            "--size",
            "64M",
            "--compression",
            "zstd-9",
            "--threads",
            threads,
        ];
        let (spec, extra) = (None, &extra[..]);
        Run {
            root: &root,
            spec,
            out: &out,
            extra,
        }
        .ok();
        out
    };
    let one = image("one", "1");
    let two = image("two", "2");
    let same = fs::read(&one).unwrap() == fs::read(&two).unwrap();
    assert!(same, "--threads 2 changed the zstd image");
    read_back(one.parent().unwrap(), &root);
}

/// zdb finds no leak, a zstd file block and `zstd_compress` active on the two datasets (the
/// pool's, which sets `compression`, and ROOT, which holds the blocks), and copies a file back
/// out equal to the tree's.
fn read_back(dir: &Path, root: &Path) {
    assert_no_leaks(dir);
    let blocks = String::from_utf8_lossy(&zdb(dir, &["-bbbbb", "anvil_pool"]).stdout).into_owned();
    assert!(
        blocks.contains("[L0 ZFS plain file] fletcher4 zstd "),
        "no zstd block"
    );
    let datasets = String::from_utf8_lossy(&zdb(dir, &["-d", "anvil_pool"]).stdout).into_owned();
    let refcount = "Verified zstd_compress feature refcount of 2 is correct";
    assert!(datasets.contains(refcount), "{datasets}");
    let copy = dir.join("text-24");
    zdb(
        dir,
        &["-r", "anvil_pool/ROOT", "text-24", copy.to_str().unwrap()],
    );
    let want = fs::read(root.join("text-24")).unwrap();
    assert!(fs::read(&copy).unwrap() == want, "zdb -r read other bytes");
}

#[test]
fn compressions_the_writer_does_not_write_are_refused() {
    let t = tree();
    let with = |extra: &'static [&'static str]| Bad {
        root: t.path(),
        spec: None,
        extra,
        nobody: false,
    };
    let zstd_20 = with(&["--compression", "zstd-20"]);
    zstd_20.fails(&["--compression", "zstd-20", "zstd-1 to zstd-19"]);
    let gzip = with(&["--compression", "gzip-9"]);
    gzip.fails(&["gzip-9", "this writer does not write"]);
    let fast = with(&["--compression", "zstd-fast-11"]);
    fast.fails(&["zstd-fast levels are 1–10, 20–100 by 10, 500, 1000"]);
    let legacy = with(&["--compression", "zstd", "--compatibility", "legacy"]);
    legacy.fails(&["zstd needs the feature zstd_compress", "\"legacy\""]);
}
