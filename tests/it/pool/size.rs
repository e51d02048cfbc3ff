//! Sizes: a too-small `--size` error suggests a size that works at the first retry, at every
//! ashift, for a tree of many tiny files (where each costs a whole allocation unit);
//! `--size auto` fits a tree with room to spare, and zdb finds the pool sound.
use std::fs;

use super::errors::size::suggested_mib;
use super::run::{Run, assert_no_leaks, checked};

/// 3,000 two-byte files in 30 directories.
fn tiny_files() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    for i in 0..3000 {
        let dir = t.path().join(format!("d{:02}", i % 30));
        fs::create_dir_all(&dir).unwrap();
        // 200 bytes lz4 cannot shrink: too big to embed, so each file takes a whole unit.
        let mut x = 0x9e37_79b9_7f4a_7c15_u64 ^ i as u64;
        let noise: Vec<u8> = (0..200)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        fs::write(dir.join(format!("f{i}")), noise).unwrap();
    }
    t
}

#[test]
fn the_suggested_size_works_at_the_first_retry_at_every_ashift() {
    let t = tiny_files();
    let mut hinted = 0;
    for ashift in 9..=16u32 {
        let work = tempfile::tempdir().unwrap();
        let out = work.path().join("rootfs.img");
        let a = ashift.to_string();
        let run = |size: &str| {
            let extra = ["--ashift", a.as_str(), "--size", size];
            let run = Run {
                root: t.path(),
                spec: None,
                out: &out,
                extra: &extra,
            };
            run.output()
        };
        let first = run("64M");
        if first.status.success() {
            continue;
        }
        let mib = suggested_mib(&String::from_utf8_lossy(&first.stderr));
        checked(run(&format!("{mib}M")));
        hinted += 1;
    }
    assert!(hinted >= 3, "only {hinted} ashifts needed a larger size");
}

#[test]
fn size_auto_fits_the_tree_with_room() {
    let t = tiny_files();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("rootfs.img");
    let extra = ["--ashift", "12", "--size", "auto"];
    let said = Run {
        root: t.path(),
        spec: None,
        out: &out,
        extra: &extra,
    }
    .ok();
    let (allocated, size) = said
        .split_once(" bytes allocated of ")
        .map(|(a, b)| (a.rsplit(' ').next().unwrap(), b.split(',').next().unwrap()))
        .unwrap();
    let (allocated, size): (u64, u64) = (allocated.parse().unwrap(), size.parse().unwrap());
    assert!(
        size >= allocated + (16 << 20) && size % (1 << 20) == 0,
        "{said}"
    );
    assert_eq!(fs::metadata(&out).unwrap().len(), size);
    assert_no_leaks(work.path());
}
