//! Pools written from the input by the library, with or without accounting.
use std::path::{Path, PathBuf};

use anvil_tree::Tree;
use zfs_writer::feature::Compatibility;
use zfs_writer::pool::{DatasetOptions, PoolOptions, PropValue, write_pool};

/// Writes `tree` as `anvil_pool/ROOT` into `dir/rootfs.img` (128 MiB, lz4).
pub fn write(dir: &Path, tree: Tree, threads: usize, user_accounting: bool) -> PathBuf {
    let out = dir.join("rootfs.img");
    let root = DatasetOptions {
        name: "ROOT".into(),
        tree,
        props: vec![("mountpoint".into(), PropValue::Text("/".into()))],
        snapshots: Vec::new(),
    };
    let opts = PoolOptions {
        size: 128 << 20,
        threads,
        datasets: vec![root],
        compatibility: Compatibility::named(if user_accounting {
            "openzfs-2.1-linux"
        } else {
            "legacy"
        })
        .unwrap(),
        ..PoolOptions::default()
    };
    write_pool(&out, &opts, &|_| {}).expect("write_pool");
    out
}
