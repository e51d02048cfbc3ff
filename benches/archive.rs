//! The pool from a tar archive against the same tree as a directory: a ~1 GiB tree of mixed
//! compressible and random files (plus small ones), archived by GNU tar (pax), plain and
//! zstd-compressed. Each iteration loads the tree (an archive: one pass over its headers, or
//! one decompression into the spool) and writes the pool on every core.
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::sample;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zfs_writer::pool::{DatasetOptions, PoolOptions, write_pool};

/// 8192 files of 128 KiB and 4096 of 1 KiB in 64 directories: 1.004 GiB.
fn tree(root: &Path) {
    for i in 0..12_288u64 {
        let sub = root.join(format!("d{:02}", i % 64));
        fs::create_dir_all(&sub).unwrap();
        let len = if i < 8192 { 128 << 10 } else { 1 << 10 };
        fs::write(sub.join(format!("f{i:05}")), sample(len, i + 1)).unwrap();
    }
}

fn run(tool: &str, args: &[&str]) {
    let ok = Command::new(tool).args(args).status();
    assert!(
        ok.is_ok_and(|s| s.success()),
        "{tool} {args:?} failed (apt-get install tar zstd)"
    );
}

fn write(root: &Path, spool: &Path, out: &Path) {
    let tree = anvil_tree::load(&anvil_tree::Options {
        root: Some(root.to_owned()),
        spool_dir: Some(spool.to_owned()),
        ..Default::default()
    })
    .unwrap();
    let (name, props) = ("ROOT".to_owned(), Vec::new());
    let opts = PoolOptions {
        size: 2 << 30,
        datasets: vec![DatasetOptions {
            name,
            tree,
            props,
            snapshots: Vec::new(),
        }],
        ..PoolOptions::default()
    };
    write_pool(black_box(out), &opts, &|_| {}).unwrap();
}

fn archive(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (root, tar) = (dir.path().join("root"), dir.path().join("root.tar"));
    tree(&root);
    let (t, r) = (tar.to_str().unwrap(), root.to_str().unwrap());
    run(
        "tar",
        &["--format=pax", "--sort=name", "-cf", t, "-C", r, "."],
    );
    run("zstd", &["-q", "-T0", "-3", t, "-o", &format!("{t}.zst")]);
    let out = dir.path().join("rootfs.img");
    let mut group = c.benchmark_group("pool-from");
    group
        .throughput(Throughput::Bytes(8192 * (128 << 10) + 4096 * 1024))
        .sample_size(10);
    let inputs: [(&str, PathBuf); 3] = [
        ("directory", root.clone()),
        ("tar", tar.clone()),
        ("tar.zst", PathBuf::from(format!("{t}.zst"))),
    ];
    for (name, input) in inputs {
        group.bench_function(name, |b| b.iter(|| write(&input, dir.path(), &out)));
    }
    group.finish();
}

criterion_group!(benches, archive);
criterion_main!(benches);
