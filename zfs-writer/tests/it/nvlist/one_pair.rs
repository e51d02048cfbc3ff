//! Packs a list holding one pair and returns the bytes of that pair alone.
use zfs_writer::nvlist::{NvList, NvValue};

/// The stream header, version and flags before the first pair.
const LIST_HEAD: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];

/// The XDR bytes of `name = value`, after checking the framing around it.
pub(super) fn pair_bytes(name: &str, value: NvValue) -> Vec<u8> {
    let mut list = NvList::new();
    list.add(name, value);
    let packed = list.pack_xdr();
    assert_eq!(packed.len(), list.packed_size());
    assert_eq!(packed[..12], LIST_HEAD);
    assert_eq!(packed[packed.len() - 8..], [0; 8], "list end words");
    let pair = packed[12..packed.len() - 8].to_vec();
    assert_eq!(word(&pair, 0) as usize, pair.len(), "encoded size word");
    pair
}

/// The `index`th big-endian 32-bit word of `bytes`.
pub(super) fn word(bytes: &[u8], index: usize) -> u32 {
    let at = index * 4;
    u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap())
}

/// Asserts two byte strings are equal, naming the first differing offset.
pub(super) fn assert_same_bytes(got: &[u8], want: &[u8]) {
    if let Some(at) = got.iter().zip(want).position(|(g, w)| g != w) {
        panic!(
            "first difference at byte {at:#x}: got {:#04x}, want {:#04x}",
            got[at], want[at]
        );
    }
    assert_eq!(got.len(), want.len(), "same prefix, different lengths");
}
