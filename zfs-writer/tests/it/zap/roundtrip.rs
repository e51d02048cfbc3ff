//! Encode with `zfs_writer::zap`, then read back with the test decoder: block geometry, fsck,
//! every entry found with its value, nothing else stored.
use zfs_writer::zap::{Zap as ZapBuilder, ZapBlocks, ZapValue};

use super::decode::check::check_fat;
use super::decode::{Value, Zap};

/// What the decoder should return for `value`.
pub fn decoded(value: &ZapValue) -> Value {
    let ints = match value {
        ZapValue::U64(v) => vec![*v],
        ZapValue::U64Array(v) => v.clone(),
        ZapValue::U16Array(v) => v.iter().map(|&x| x.into()).collect(),
        ZapValue::Bytes(v) => v.iter().map(|&x| x.into()).collect(),
    };
    Value {
        intlen: value.integer_length(),
        ints,
    }
}

/// Builds a ZAP of `entries` under `salt`.
pub fn build(salt: u64, entries: &[(Vec<u8>, ZapValue)]) -> ZapBuilder {
    let mut zap = ZapBuilder::new(salt);
    for (name, value) in entries {
        zap.add(name, value.clone());
    }
    zap
}

/// Checks `blocks` hold exactly `entries` (names unique) and returns the opened ZAP.
pub fn read_back(blocks: &ZapBlocks, entries: &[(Vec<u8>, ZapValue)]) -> Zap {
    let size = blocks.block_size as usize;
    assert!(
        size >= 512 && size.is_multiple_of(512) && size <= 128 << 10,
        "block size {size}"
    );
    assert!(
        blocks.blocks.iter().all(|b| b.len() == size),
        "every block is block_size"
    );
    let zap = Zap::open(&blocks.blocks);
    if let Zap::Fat(fat) = &zap {
        assert_eq!(size, 16 << 10, "fat ZAPs use fzap_default_block_shift");
        check_fat(fat);
    }
    for (name, value) in entries {
        let found = zap.lookup(name);
        assert_eq!(
            found,
            Some(decoded(value)),
            "{}",
            String::from_utf8_lossy(name)
        );
    }
    assert_eq!(zap.entries().len(), entries.len(), "entry count");
    assert_eq!(zap.lookup(b"\xffnot stored"), None);
    zap
}

/// `encode` then `read_back`.
pub fn roundtrip(salt: u64, entries: &[(Vec<u8>, ZapValue)]) -> Zap {
    read_back(&build(salt, entries).encode(), entries)
}

/// `encode_fat` then `read_back`.
pub fn roundtrip_fat(salt: u64, entries: &[(Vec<u8>, ZapValue)]) -> Zap {
    let zap = read_back(&build(salt, entries).encode_fat(), entries);
    assert!(matches!(zap, Zap::Fat(_)));
    zap
}

/// `n` directory-like entries named `prefix` + a number, valued as regular files.
pub fn dirents(n: usize, name: impl Fn(usize) -> String) -> Vec<(Vec<u8>, ZapValue)> {
    let value = |i: usize| ZapValue::U64(8 << 60 | (i as u64 + 64));
    (0..n).map(|i| (name(i).into_bytes(), value(i))).collect()
}
