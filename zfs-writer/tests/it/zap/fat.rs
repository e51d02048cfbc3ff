//! Fat ZAPs we encode: many leaves, long names, the external pointer table.
use zfs_writer::zap::Zap as ZapBuilder;

use super::decode::Zap;
use super::decode::leaf::Leaf;
use super::roundtrip::{dirents, roundtrip, roundtrip_fat};

const SALT: u64 = 0x2_d00d_f00d;

/// A name of 1 to 255 bytes that varies with `i`.
fn long_name(i: usize) -> String {
    let tail = "abcdefghijklmnopqrstuvwxyz".repeat(10);
    format!("{i:05}-{}", &tail[..(i * 37) % 250])
}

#[test]
fn three_thousand_long_names() {
    let entries = dirents(3000, long_name);
    assert!(entries.iter().any(|(n, _)| n.len() == 255));
    assert!(entries.iter().filter(|(n, _)| n.len() > 50).count() > 2000);
    let Zap::Fat(fat) = roundtrip(SALT, &entries) else {
        panic!("3000 entries are fat")
    };
    assert_eq!(fat.hdr(24), 0, "embedded pointer table");
    assert_eq!(fat.zt_shift(), 10);
    assert!(fat.hdr(64) > 16, "many leaves: {}", fat.hdr(64));
}

#[test]
fn hundred_thousand_entries_need_an_external_pointer_table() {
    // 7 chunks each (entry + 5 name + 1 value): 700,000 > 1024 leaves × 638 chunks, so some
    // leaf needs an 11-bit prefix, past the 1024-entry embedded table.
    let name = |i: usize| format!("{i:06}-{}", "x".repeat(84));
    let entries = dirents(100_000, name);
    let Zap::Fat(fat) = roundtrip(SALT, &entries) else {
        panic!("fat")
    };
    let (zt_blk, zt_numblks, shift) = (fat.hdr(16), fat.hdr(24), fat.zt_shift());
    assert!(shift >= 11, "zt_shift {shift}");
    assert_eq!(
        zt_numblks << 11,
        1 << shift,
        "2^(bs-3) entries per table block"
    );
    assert_eq!(zt_blk, 1 + fat.hdr(64), "table after the leaves");
    assert_eq!(fat.hdr(72), 100_000);
    let embedded = &fat.blocks[0][8 << 10..];
    assert!(embedded.iter().all(|&b| b == 0), "embedded half unused");
}

#[test]
fn leaves_have_the_shortest_prefixes_that_fit() {
    let entries = dirents(3000, |i| format!("file-{i:05}"));
    let Zap::Fat(fat) = roundtrip(SALT, &entries) else {
        panic!("fat")
    };
    for blk in fat.leaf_blocks() {
        let leaf = Leaf::new(&fat.blocks[blk as usize]);
        if leaf.prefix_len() > 0 {
            // The parent prefix (this leaf and its sibling) would not have fit in one leaf.
            let parent = leaf.prefix() >> 1;
            let plen = leaf.prefix_len() - 1;
            let in_parent = fat
                .entries()
                .iter()
                .filter(|e| e.hash >> (64 - plen) == parent)
                .count();
            assert!(in_parent * 3 > leaf.numchunks(), "leaf {blk} could merge");
        }
    }
}

#[test]
fn forced_fat_of_small_and_empty_zaps() {
    let Zap::Fat(fat) = roundtrip_fat(SALT, &[]) else {
        unreachable!()
    };
    assert_eq!((fat.blocks.len(), fat.hdr(64), fat.zt_shift()), (2, 1, 10));
    roundtrip_fat(SALT, &dirents(1, long_name));
    roundtrip_fat(SALT, &dirents(500, long_name));
}

#[test]
fn encoding_is_deterministic() {
    let entries = dirents(3000, long_name);
    let mut reversed = ZapBuilder::new(SALT);
    for (name, value) in entries.iter().rev() {
        reversed.add(name, value.clone());
    }
    let forward = super::roundtrip::build(SALT, &entries);
    assert_eq!(forward.encode(), reversed.encode());
}
