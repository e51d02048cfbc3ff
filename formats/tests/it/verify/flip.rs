//! Single-byte flips (fixed seed, each on a fresh copy) of a small initramfs, compressed
//! and not, and of a small ISO: every run must end in `Ok` or an `Error`, never a panic.
use std::panic::{AssertUnwindSafe, catch_unwind};

use anvil_tree::Tree;
use formats::verify::{Report, initramfs_at};

use super::fixture::{Fixture, gunzip};

type Verify = fn(&[u8], Option<&Tree>) -> formats::Result<Report>;

/// A small xorshift generator: the same flips on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Flips one byte at each of `positions` in turn; returns how many flips were errors.
pub fn flips(img: &[u8], tree: &Tree, positions: &[usize], verify: Verify) -> usize {
    let mut rng = Rng(0x5eed_f11b);
    let mut errors = 0;
    for &at in positions {
        let mut bad = img.to_vec();
        bad[at] ^= 1 + rng.below(255) as u8;
        let tree = (rng.below(2) == 0).then_some(tree);
        let run = catch_unwind(AssertUnwindSafe(|| verify(&bad, tree)));
        match run {
            Ok(result) => errors += usize::from(result.is_err()),
            Err(_) => panic!("the verifier panicked on a flip at byte {at:#x}"),
        }
    }
    errors
}

/// `count` positions: each listed metadata range `weight`-times as likely as the rest.
pub fn positions(len: usize, meta: &[(usize, usize)], count: usize) -> Vec<usize> {
    let mut rng = Rng(0x00dd_ba11);
    (0..count)
        .map(|i| match (i % 4 == 0, meta.is_empty()) {
            (false, false) => {
                let (start, n) = meta[rng.below(meta.len())];
                (start + rng.below(n.max(1))).min(len - 1)
            }
            _ => rng.below(len),
        })
        .collect()
}

fn initramfs(img: &[u8], tree: Option<&Tree>) -> formats::Result<Report> {
    initramfs_at(&img, tree)
}

#[test]
fn flipped_initramfs_bytes_never_panic() {
    let fx = Fixture::new(3000);
    let gz = fx.initramfs();
    let cpio = gunzip(&gz);
    // Headers and names of the raw archive; gzip header, trailer and the first blocks.
    let headers: Vec<(usize, usize)> = (0..cpio.len() - 6)
        .filter(|&i| cpio[i..].starts_with(b"07070"))
        .map(|i| (i, 140))
        .collect();
    let raw = flips(
        &cpio,
        &fx.tree,
        &positions(cpio.len(), &headers, 3000),
        initramfs,
    );
    let ends = [(0, 64), (gz.len() - 8, 8)];
    let packed = flips(&gz, &fx.tree, &positions(gz.len(), &ends, 3000), initramfs);
    assert!(
        raw > 2000 && packed > 2000,
        "too few flips detected: {raw}, {packed}"
    );
}
