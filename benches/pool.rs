//! Pool write throughput: `write_pool` of a 64 MiB tree of mixed compressible and random
//! files, with lz4, zstd (level 3) and without, on every core.
use std::fs;
use std::hint::black_box;

mod common;

use common::sample;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zfs_writer::pool::{DatasetOptions, PoolOptions, PropValue, write_pool};

fn options(tree: anvil_tree::Tree, compression: &str) -> PoolOptions {
    let props = vec![("mountpoint".to_owned(), PropValue::Text("/".to_owned()))];
    let name = "ROOT".to_owned();
    PoolOptions {
        size: 256 << 20,
        compression: compression.parse().unwrap(),
        datasets: vec![DatasetOptions {
            name,
            tree,
            props,
            snapshots: Vec::new(),
        }],
        ..PoolOptions::default()
    }
}

fn pool(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    for i in 0..512u64 {
        let sub = root.join(format!("d{}", i % 16));
        fs::create_dir_all(&sub).unwrap();
        fs::write(sub.join(format!("f{i}")), sample(128 << 10, i + 1)).unwrap();
    }
    let tree = anvil_tree::load(&anvil_tree::Options {
        root: Some(root),
        ..Default::default()
    })
    .unwrap();
    let out = dir.path().join("rootfs.img");
    let mut group = c.benchmark_group("pool-write");
    group
        .throughput(Throughput::Bytes(tree.file_bytes()))
        .sample_size(10);
    for compression in ["lz4", "zstd", "off"] {
        let (name, opts) = (
            format!("64MiB-{compression}"),
            options(tree.clone(), compression),
        );
        group.bench_function(&name, |b| {
            b.iter(|| write_pool(black_box(&out), &opts, &|_| {}).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, pool);
criterion_main!(benches);
