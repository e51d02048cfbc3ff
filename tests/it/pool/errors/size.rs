//! Sizes the pool cannot use: a tree larger than `--size` gets the size it needs, and that
//! size works; a size below OpenZFS's 64 MiB minimum is refused.
use std::fs;

use super::{Bad, tree};
use crate::pool::run::{Run, assert_no_leaks};
use crate::tree::build::noise;

/// The number of MiB in the first `--size NM` of `message`.
pub fn suggested_mib(message: &str) -> u64 {
    let after = message
        .split_once("--size ")
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("no `--size N` in {message:?}"));
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    assert!(
        after[digits.len()..].starts_with('M'),
        "no MiB figure after --size in {message:?}"
    );
    digits.parse().unwrap()
}

#[test]
fn a_tree_too_large_gets_the_size_it_needs() {
    let t = tree();
    for i in 0..4 {
        fs::write(t.path().join(format!("noise-{i}")), noise(i, 20 << 20)).unwrap();
    }
    let bad = Bad {
        root: t.path(),
        spec: None,
        extra: &["--size", "64M"],
        nobody: false,
    };
    let mib = suggested_mib(&bad.fails(&["--size", "MiB"]));
    assert!(mib >= 80, "suggests --size {mib}M for 80 MiB of noise");
    let work = tempfile::tempdir().unwrap();
    let size = format!("{mib}M");
    Run {
        root: t.path(),
        spec: None,
        out: &work.path().join("rootfs.img"),
        extra: &["--size", &size],
    }
    .ok();
    assert_no_leaks(work.path());
}

#[test]
fn sizes_below_64_mib_are_refused() {
    let t = tree();
    for size in ["32M", "63M", "1000"] {
        let bad = Bad {
            root: t.path(),
            spec: None,
            extra: &["--size", size],
            nobody: false,
        };
        bad.fails(&["--size 64M", "64 MiB"]);
    }
}
