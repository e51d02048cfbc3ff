//! `zfs_zstdhdr_t` against the layout include/sys/zstd/zstd.h draws for level 3 and zstd
//! 1.4.5 (`03 00 28 A5` after the big-endian length); the samples the other tests use.
use zfs_writer::compress::{
    ZSTD_VERSION_NUMBER, ZstdLevel, zstd_compress, zstd_decompress, zstd_header,
};

/// 128 KiB of text that compresses well.
pub fn text() -> Vec<u8> {
    let words = b"anvil writes zfs pools with zstd frames and lz4 blocks ";
    let mut x = 7u32;
    (0..131072)
        .map(|i| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            if x >> 28 == 0 {
                (x >> 16) as u8
            } else {
                words[i % words.len()]
            }
        })
        .collect()
}

/// 128 KiB of xorshift noise: no compressor saves 12.5 % of it.
pub fn noise() -> Vec<u8> {
    let mut x = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as u8
    };
    (0..131072).map(|_| next()).collect()
}

#[test]
fn header_is_big_endian_length_then_level_and_version() {
    assert_eq!(ZSTD_VERSION_NUMBER, 10405);
    assert_eq!(
        zstd_header(0x1234, 3),
        [0, 0, 0x12, 0x34, 0x03, 0x00, 0x28, 0xa5]
    );
    assert_eq!(zstd_header(0x0102_0304, 19)[4..], [19, 0x00, 0x28, 0xa5]);
    // zstd-fast-1 is ZIO_ZSTD_LEVEL_FAST_1 = 103 in the header.
    assert_eq!(zstd_header(1, 103)[4], 103);
}

#[test]
fn a_block_records_its_length_and_level_and_round_trips() {
    let data = text();
    for (name, level) in [
        ("zstd", 3),
        ("zstd-1", 1),
        ("zstd-19", 19),
        ("zstd-fast-5", 107),
    ] {
        let level_of = ZstdLevel::parse(name).unwrap();
        let block = zstd_compress(&data, 114_688, level_of).expect("text compresses");
        let c_len = u32::from_be_bytes(block[..4].try_into().unwrap()) as usize;
        assert_eq!(block.len(), 8 + c_len, "{name}");
        assert_eq!(
            block[4..8],
            zstd_header(0, level)[4..],
            "{name}: level and version"
        );
        assert_eq!(zstd_decompress(&block, data.len()).unwrap(), data, "{name}");
    }
}
