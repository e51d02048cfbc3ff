//! Micro ZAPs we encode: sizes, slots and the micro/fat boundary OpenZFS keeps.
use zfs_writer::zap::{Zap as ZapBuilder, ZapValue};

use super::decode::Zap;
use super::roundtrip::{build, dirents, roundtrip};

const SALT: u64 = 0x01ea_2b35;

#[test]
fn empty_zap_is_a_512_byte_micro_zap() {
    let blocks = ZapBuilder::new(SALT).encode();
    assert_eq!((blocks.block_size, blocks.blocks.len()), (512, 1));
    let zap = roundtrip(SALT, &[]);
    assert!(matches!(zap, Zap::Micro(_)));
}

#[test]
fn one_entry_has_exact_bytes() {
    let entries = [(b"etc".to_vec(), ZapValue::U64(4 << 60 | 2))];
    let blocks = build(SALT, &entries).encode();
    let b = &blocks.blocks[0];
    assert_eq!(b.len(), 512);
    assert_eq!(b[..8], ((1u64 << 63) + 3).to_le_bytes(), "ZBT_MICRO");
    assert_eq!(b[8..16], SALT.to_le_bytes());
    assert!(b[16..64].iter().all(|&x| x == 0), "normflags and pad");
    assert_eq!(b[64..72], (4u64 << 60 | 2).to_le_bytes(), "mze_value");
    assert_eq!(b[72..78], [0; 6], "mze_cd, mze_pad");
    assert_eq!(&b[78..82], b"etc\0");
    assert!(b[82..].iter().all(|&x| x == 0));
    assert!(matches!(roundtrip(SALT, &entries), Zap::Micro(_)));
}

#[test]
fn full_micro_zap_holds_2047_entries_in_128_kib() {
    let entries = dirents(2047, |i| format!("file-{i:05}"));
    assert_eq!(build(SALT, &entries).encode().block_size, 128 << 10);
    assert!(matches!(roundtrip(SALT, &entries), Zap::Micro(_)));
    let entries = dirents(2048, |i| format!("file-{i:05}"));
    assert!(
        matches!(roundtrip(SALT, &entries), Zap::Fat(_)),
        "2048 entries go fat"
    );
}

#[test]
fn block_is_the_smallest_power_of_two_that_fits() {
    for (n, size) in [(1, 512), (7, 512), (8, 1024), (22, 2048), (1023, 65536)] {
        let entries = dirents(n, |i| format!("f{i}"));
        assert_eq!(
            build(SALT, &entries).encode().block_size,
            size,
            "{n} entries"
        );
    }
}

#[test]
fn names_of_49_bytes_stay_micro_50_go_fat() {
    let name = |len: usize| vec![(vec![b'n'; len], ZapValue::U64(1))];
    assert!(matches!(roundtrip(SALT, &name(49)), Zap::Micro(_)));
    assert!(matches!(roundtrip(SALT, &name(50)), Zap::Fat(_)));
}

#[test]
fn a_later_add_replaces_and_order_does_not_matter() {
    let mut a = ZapBuilder::new(SALT);
    a.add(b"x", ZapValue::U64(1));
    a.add(b"y", ZapValue::U64(2));
    a.add(b"x", ZapValue::U64(3));
    let mut b = ZapBuilder::new(SALT);
    b.add(b"y", ZapValue::U64(2));
    b.add(b"x", ZapValue::U64(3));
    assert_eq!(a.len(), 2);
    assert_eq!(a.encode(), b.encode());
    assert_eq!(a.encode_fat(), b.encode_fat());
    assert_eq!(
        Zap::open(&a.encode().blocks).lookup(b"x").unwrap().ints,
        [3]
    );
}
