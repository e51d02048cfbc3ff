//! Values other than one `uint64`: they force a fat ZAP, and their integers are stored
//! big-endian in leaf arrays (zap_leaf.c `zap_leaf_array_create`).
use zfs_writer::zap::ZapValue;

use super::decode::Zap;
use super::decode::leaf::Leaf;
use super::roundtrip::roundtrip;

const SALT: u64 = 0xf16f9;

fn entries() -> Vec<(Vec<u8>, ZapValue)> {
    vec![
        (
            b"2".to_vec(),
            ZapValue::U16Array(vec![5, 6, 4, 12, 13, 7, 11, 0, 1, 2, 3, 8, 16, 19]),
        ),
        (b"4".to_vec(), ZapValue::U16Array(vec![17])),
        (b"mountpoint".to_vec(), ZapValue::Bytes(b"/\0".to_vec())),
        (
            b"org.illumos:checksum_salt".to_vec(),
            ZapValue::Bytes((0..32).collect()),
        ),
        (
            b"refs".to_vec(),
            ZapValue::U64Array(vec![1, 0x0102_0304_0506_0708, u64::MAX]),
        ),
        (b"empty".to_vec(), ZapValue::Bytes(Vec::new())),
        (b"no ints".to_vec(), ZapValue::U64Array(Vec::new())),
        (
            b"big".to_vec(),
            ZapValue::Bytes((0..8192).map(|i| (i % 251) as u8).collect()),
        ),
        (b"one".to_vec(), ZapValue::U64(42)),
    ]
}

#[test]
fn arrays_strings_and_empty_values_read_back() {
    assert!(matches!(roundtrip(SALT, &entries()), Zap::Fat(_)));
}

#[test]
fn a_u16_array_is_big_endian_in_its_chunk() {
    let Zap::Fat(fat) = roundtrip(SALT, &entries()[..2]) else {
        panic!("fat")
    };
    let leaf = Leaf::new(&fat.blocks[1]);
    let chunk = (0..leaf.numchunks() as u16)
        .find(|&c| leaf.chunk(c)[0] == 252 && leaf.entry(c).0.name == b"4")
        .expect("entry \"4\"");
    let le_value_chunk = u16::from_le_bytes(leaf.chunk(chunk)[8..10].try_into().unwrap());
    let la = leaf.chunk(le_value_chunk);
    assert_eq!(la[0], 251, "ZAP_CHUNK_ARRAY");
    assert_eq!(la[1..3], [0, 17], "17 as a big-endian u16");
    assert!(la[3..22].iter().all(|&b| b == 0), "zero padding");
    assert_eq!(la[22..24], [0xff, 0xff], "CHAIN_END");
}

#[test]
fn one_element_u64_array_is_a_u64() {
    let entries = [(b"x".to_vec(), ZapValue::U64Array(vec![7]))];
    assert!(matches!(roundtrip(SALT, &entries), Zap::Micro(_)));
}
