//! Names whose 28-bit hashes collide get collision differentiators 0, 1, 2…, which OpenZFS
//! requires (zap_micro.c `mze_insert` VERIFYs a unique (hash, cd); makefs writes cd 0 always).
use std::collections::HashMap;

use zfs_writer::zap::{ZapValue, zap_hash};

use super::decode::Zap;
use super::roundtrip::{dirents, roundtrip, roundtrip_fat};

const SALT: u64 = 0x5eed_1729;

/// The first two names `c<i>` with equal hashes under `SALT` (a birthday search over 2^28).
fn colliding_pair() -> (Vec<u8>, Vec<u8>) {
    let mut seen: HashMap<u64, Vec<u8>> = HashMap::new();
    for i in 0u32.. {
        let name = format!("c{i}").into_bytes();
        if let Some(other) = seen.insert(zap_hash(SALT, &name), name.clone()) {
            return (other, name);
        }
    }
    unreachable!()
}

/// Name → value pairs.
type Entries = Vec<(Vec<u8>, ZapValue)>;

/// Entries with the colliding pair among ordinary names, and the pair.
fn with_pair() -> (Entries, Vec<u8>, Vec<u8>) {
    let (a, b) = colliding_pair();
    assert_eq!(zap_hash(SALT, &a), zap_hash(SALT, &b));
    let mut entries = dirents(40, |i| format!("file{i}"));
    entries.push((a.clone(), ZapValue::U64(1)));
    entries.push((b.clone(), ZapValue::U64(2)));
    (entries, a, b)
}

/// The cds of `a` and `b` as stored.
fn cds(zap: &Zap, a: &[u8], b: &[u8]) -> (u32, u32) {
    let entries = zap.entries();
    let cd = |n: &[u8]| entries.iter().find(|e| e.name == n).unwrap().cd;
    (cd(a), cd(b))
}

#[test]
fn micro_zap_collision_gets_distinct_cds() {
    let (entries, a, b) = with_pair();
    let zap = roundtrip(SALT, &entries);
    assert!(matches!(zap, Zap::Micro(_)));
    let (ca, cb) = cds(&zap, &a, &b);
    assert_eq!([ca.min(cb), ca.max(cb)], [0, 1]);
}

#[test]
fn fat_zap_collision_gets_distinct_cds() {
    let (entries, a, b) = with_pair();
    let zap = roundtrip_fat(SALT, &entries);
    let (ca, cb) = cds(&zap, &a, &b);
    assert_eq!([ca.min(cb), ca.max(cb)], [0, 1]);
}
