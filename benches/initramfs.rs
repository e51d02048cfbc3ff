//! Initramfs throughput: the parallel gzip stage by thread count, and a whole
//! `initramfs::write` of a 32 MiB tree of mixed text and binary files.
use std::fs;
use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use formats::gzip::GzEncoder;
use formats::initramfs;

/// Compressible bytes, like a tree of text and binaries: repeated phrases and counters.
fn sample(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 64);
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        match x % 4 {
            0 => out.extend_from_slice(&x.to_le_bytes()),
            _ => {
                out.extend_from_slice(format!("line {} of the anvil sample\n", x % 1000).as_bytes())
            }
        }
    }
    out.truncate(len);
    out
}

fn gzip(c: &mut Criterion) {
    let data = sample(16 << 20);
    let mut group = c.benchmark_group("gzip-level6");
    group
        .throughput(Throughput::Bytes(data.len() as u64))
        .sample_size(10);
    for threads in [1, 2] {
        group.bench_function(format!("{threads}-threads"), |b| {
            b.iter(|| {
                let mut gz = GzEncoder::new(Vec::with_capacity(8 << 20), 6, threads);
                gz.write_all(black_box(&data)).unwrap();
                gz.finish().unwrap()
            })
        });
    }
    group.finish();
}

fn whole_write(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    for i in 0..256 {
        let sub = root.join(format!("d{}", i % 16));
        fs::create_dir_all(&sub).unwrap();
        fs::write(sub.join(format!("f{i}")), sample(128 << 10)).unwrap();
    }
    let opts = anvil_tree::Options {
        root: Some(root),
        ..Default::default()
    };
    let tree = anvil_tree::load(&opts).unwrap();
    let out = dir.path().join("initramfs.cpio.gz");
    let mut group = c.benchmark_group("initramfs-write");
    group
        .throughput(Throughput::Bytes(tree.file_bytes()))
        .sample_size(10);
    group.bench_function("32MiB-tree", |b| {
        b.iter(|| {
            initramfs::write(&tree, &out, &initramfs::Options::default(), &mut |_| {}).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, gzip, whole_write);
criterion_main!(benches);
