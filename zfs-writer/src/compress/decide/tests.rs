use super::{Stored, decide};
use crate::compress::{Compression, lz4_decompress};

const LZ4: Compression = Compression::Lz4;

#[test]
fn zeros_are_holes_and_off_is_raw() {
    assert_eq!(decide(&[0; 131072], LZ4, 12), Stored::Hole);
    assert_eq!(decide(&[0; 131072], Compression::Off, 12), Stored::Raw);
}

#[test]
fn text_compresses_to_whole_units_and_round_trips() {
    let text: Vec<u8> = b"anvil writes zfs pools "
        .iter()
        .cycle()
        .take(131072)
        .copied()
        .collect();
    let Stored::Lz4(bytes) = decide(&text, LZ4, 12) else {
        panic!("text should compress")
    };
    assert_eq!(bytes.len() % 4096, 0);
    assert!(bytes.len() <= 131072 - 131072 / 8);
    assert_eq!(lz4_decompress(&bytes, text.len()).unwrap(), text);
}

#[test]
fn small_or_random_blocks_stay_raw() {
    // 4 KiB at ashift 12 can never save a whole unit (no embedded-data feature).
    assert_eq!(decide(&[7; 4096], LZ4, 12), Stored::Raw);
    let mut x = 0x1234_5678_9abc_def0u64;
    let noise: Vec<u8> = (0..131072)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    assert_eq!(decide(&noise, LZ4, 12), Stored::Raw);
}
