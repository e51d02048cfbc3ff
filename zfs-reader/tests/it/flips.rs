//! Thousands of single-byte changes, one at a time on a copy of a pool in memory: each is an
//! error or a pass, never a panic, a hang or a huge allocation. Plain flips mostly meet a
//! checksum; flips with the checksums recomputed (surgery) reach every parser behind them.
use std::time::{Duration, Instant};

use zfs_reader::{Options, verify_source};

use super::fixture::small_pool;
use super::surgery::Img;

/// A fixed-seed xorshift: positions and bit masks.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Verifies `img` with `at` changed, then changes it back; the time each took is bounded.
fn flip_and_verify(img: &mut Vec<u8>, at: usize, mask: u8) -> bool {
    img[at] ^= mask;
    let start = Instant::now();
    let ok = verify_source(&*img, &Options::default()).is_ok();
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "flip at {at:#x} took {:?}",
        start.elapsed()
    );
    img[at] ^= mask;
    ok
}

#[test]
fn single_byte_flips_never_panic() {
    let mut img = small_pool(true);
    let mut rng = Rng(0x5eed);
    let regions = [
        (16 << 10, 2048),
        (128 << 10, 128 << 10),
        (4 << 20, 6 << 20),
        (img.len() - (256 << 10), 256 << 10),
    ];
    let mut passed = 0;
    for _ in 0..1000 {
        let (start, len) = regions[rng.below(regions.len())];
        let at = start + rng.below(len);
        passed += usize::from(flip_and_verify(&mut img, at, 1 << rng.below(8)));
    }
    println!("{passed} of 1000 flips changed nothing the verifier checks");
}

#[test]
fn flips_behind_good_checksums_never_panic() {
    let mut img = Img::new(small_pool(false));
    let mut rng = Rng(0xfeed);
    let objects: Vec<u64> = (1..60)
        .filter(|o| img.b[img.mos_dnode(*o).1] != 0)
        .collect();
    let mut caught = 0;
    for _ in 0..600 {
        let obj = objects[rng.below(objects.len())];
        let (mut chain, dn) = img.mos_dnode(obj);
        let at = if rng.below(2) == 0 {
            dn + rng.below(512)
        } else {
            let Some((data_chain, block)) = img.descend(dn, 0) else {
                continue;
            };
            chain.extend(data_chain);
            block + rng.below(512)
        };
        let mask = 1 << rng.below(8);
        img.b[at] ^= mask;
        img.reseal(&chain);
        caught += usize::from(verify_source(&img.b, &Options::default()).is_err());
        img.b[at] ^= mask; // checksums are functions of the bytes: resealing restores them
        img.reseal(&chain);
    }
    println!("{caught} of 600 resealed flips reported");
}
