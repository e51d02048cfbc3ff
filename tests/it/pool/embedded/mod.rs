//! Blocks embedded in their pointers (the preset's `embedded_data` feature, on by default), judged
//! by zdb -bcc, zdb -r, zdb -dddddd and zfs-reader; `legacy` pools embed nothing.
mod fixtures; // the fixture and the xattr fixture embedded: zdb -bcc clean, equal to the tree
mod tiny; // hundreds of tiny files and directories: decoded, extracted, smaller, reproducible
mod tiny_tree; // the tiny files, directories and spilled symlink

use std::path::{Path, PathBuf};

use anvil_tree::Tree;
use zfs_writer::feature::Compatibility;
use zfs_writer::pool::{DatasetOptions, PoolOptions, PoolSummary, PropValue, write_pool};

use crate::tree::fixture::EPOCH;

/// The tree at `root` (with `spec` applied), as the CLI loads it.
pub fn load(root: &Path, spec: Option<&Path>) -> Tree {
    let opts = anvil_tree::Options {
        root: Some(root.to_owned()),
        spec: spec.map(Path::to_owned),
        source_date_epoch: Some(EPOCH),
        ..anvil_tree::Options::default()
    };
    anvil_tree::load(&opts).unwrap()
}

/// Writes `tree` as `anvil_pool/ROOT` of a 128 MiB pool, alone in the new folder `dir`.
pub fn write(
    tree: &Tree,
    dir: &Path,
    embedded_data: bool,
    threads: usize,
) -> (PathBuf, PoolSummary) {
    std::fs::create_dir_all(dir).unwrap();
    let img = dir.join("rootfs.img");
    let root = DatasetOptions {
        name: "ROOT".into(),
        tree: tree.clone(),
        props: vec![("mountpoint".into(), PropValue::Text("/".into()))],
        snapshots: Vec::new(),
    };
    let opts = PoolOptions {
        size: 128 << 20,
        compatibility: Compatibility::named(if embedded_data {
            "openzfs-2.1-linux"
        } else {
            "legacy"
        })
        .unwrap(),
        threads,
        time: EPOCH as u64,
        datasets: vec![root],
        ..PoolOptions::default()
    };
    let summary = write_pool(&img, &opts, &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    (img, summary)
}

/// zfs-reader on `img`: every check passes and the dataset equals `tree`.
pub fn assert_equals_tree(img: &Path, tree: &Tree) -> zfs_reader::Report {
    let opts = zfs_reader::Options {
        tree: Some(("ROOT", tree)),
        ..zfs_reader::Options::default()
    };
    let report = zfs_reader::verify(img, &opts).unwrap_or_else(|e| panic!("{e}"));
    let entries = tree.entries().len() as u64;
    assert_eq!(report.tree_entries, Some(entries), "{report}");
    report
}
