use super::{Stored, decide};
use crate::compress::{Compression, lz4_decompress};

const LZ4: Compression = Compression::Lz4;

#[test]
fn zeros_are_holes_and_off_is_raw() {
    assert_eq!(decide(&[0; 131072], LZ4, 12, false), Stored::Hole);
    assert_eq!(
        decide(&[0; 131072], Compression::Off, 12, false),
        Stored::Raw
    );
}

#[test]
fn text_compresses_to_whole_units_and_round_trips() {
    let text: Vec<u8> = b"anvil writes zfs pools "
        .iter()
        .cycle()
        .take(131072)
        .copied()
        .collect();
    let Stored::Lz4(bytes) = decide(&text, LZ4, 12, false) else {
        panic!("text should compress")
    };
    assert_eq!(bytes.len() % 4096, 0);
    assert!(bytes.len() <= 131072 - 131072 / 8);
    assert_eq!(lz4_decompress(&bytes, text.len()).unwrap(), text);
}

#[test]
fn small_or_random_blocks_stay_raw() {
    // 4 KiB at ashift 12 can never save a whole unit (without embedding).
    assert_eq!(decide(&[7; 4096], LZ4, 12, false), Stored::Raw);
    let mut x = 0x1234_5678_9abc_def0u64;
    let noise: Vec<u8> = (0..131072)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    assert_eq!(decide(&noise, LZ4, 12, false), Stored::Raw);
}

#[test]
fn tiny_results_are_embedded_only_when_allowed() {
    let mut file = vec![0u8; 512];
    file[..2].copy_from_slice(b"hi");
    let Stored::Embedded(_, payload) = decide(&file, LZ4, 12, true) else {
        panic!("two bytes in a sector should embed")
    };
    assert!(payload.len() <= 112);
    assert_eq!(lz4_decompress(&payload, 512).unwrap(), file);
    assert_eq!(decide(&file, LZ4, 12, false), Stored::Raw);
    assert_eq!(decide(&file, Compression::Off, 12, true), Stored::Raw);
    assert_eq!(decide(&[0; 512], LZ4, 12, true), Stored::Hole);
    // A block big enough to save units embeds too when lz4 leaves a few bytes (but 128 KiB
    // of zeros takes lz4 over 500 bytes of match lengths).
    let mut big = vec![0u8; 8192];
    big[0] = 1;
    assert!(matches!(decide(&big, LZ4, 9, true), Stored::Embedded(..)));
    big[0] = 0;
    big.resize(131_072, 1);
    assert!(matches!(decide(&big, LZ4, 9, true), Stored::Lz4(_)));
}
