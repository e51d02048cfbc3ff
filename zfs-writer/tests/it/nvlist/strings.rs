//! String values and pair names at every padding length: XDR pads to 4, native sizes to 8.
//! OpenZFS nvpair.c `nvs_xdr_nvp_size` (`NV_ALIGN4`) and `NVP_SIZE_CALC` (`NV_ALIGN`).
use zfs_writer::nvlist::NvValue;

use super::one_pair::{pair_bytes, word};

/// Pair "s" with a string of length 0..=8: (encoded size, decoded size).
/// Encoded: 5 words + "s" padded to 4 + length word + value padded to 4.
/// Decoded: NV_ALIGN(16 + 2) + NV_ALIGN(len + 1).
const STRING_SIZES: [(u32, u32); 9] = [
    (28, 32),
    (32, 32),
    (32, 32),
    (32, 32),
    (32, 32),
    (36, 32),
    (36, 32),
    (36, 32),
    (36, 40),
];

#[test]
fn string_value_padding_and_sizes() {
    for (len, &(encoded, decoded)) in STRING_SIZES.iter().enumerate() {
        let s = "abcdefgh"[..len].to_owned();
        let pair = pair_bytes("s", NvValue::String(s.clone()));
        assert_eq!(
            (word(&pair, 0), word(&pair, 1)),
            (encoded, decoded),
            "len {len}"
        );
        assert_eq!(word(&pair, 4), 9, "DATA_TYPE_STRING");
        assert_eq!(word(&pair, 5), 1, "nelem");
        assert_eq!(word(&pair, 6) as usize, len, "XDR string length word");
        let (text, pad) = pair[28..].split_at(len);
        assert_eq!(text, s.as_bytes());
        assert!(
            pad.len() < 4 && (len + pad.len()) % 4 == 0,
            "len {len} pad {pad:?}"
        );
        assert!(pad.iter().all(|&b| b == 0));
    }
}

/// A u64 pair named with 1..=8 characters: (encoded size, decoded size).
/// Decoded: NV_ALIGN(16 + len + 1) + 8 grows only when the NUL crosses 8 bytes.
const NAME_SIZES: [(u32, u32); 8] = [
    (32, 32),
    (32, 32),
    (32, 32),
    (32, 32),
    (36, 32),
    (36, 32),
    (36, 32),
    (36, 40),
];

#[test]
fn name_padding_and_sizes() {
    for (i, &(encoded, decoded)) in NAME_SIZES.iter().enumerate() {
        let name = &"abcdefgh"[..=i];
        let pair = pair_bytes(name, NvValue::U64(7));
        assert_eq!(
            (word(&pair, 0), word(&pair, 1)),
            (encoded, decoded),
            "{name}"
        );
        assert_eq!(word(&pair, 2) as usize, name.len());
        assert_eq!(&pair[12..12 + name.len()], name.as_bytes());
        let typ = 12 + name.len().next_multiple_of(4);
        assert!(
            pair[12 + name.len()..typ].iter().all(|&b| b == 0),
            "{name} pad"
        );
        assert_eq!(
            pair[typ..],
            [0, 0, 0, 8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 7]
        );
    }
}
