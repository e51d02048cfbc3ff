//! Exact bytes of each value type we emit, with the native sizes the decoder checks.
//! OpenZFS nvpair.c `nvs_xdr_nvp_op`, `i_get_value_size`, `i_validate_nvpair`.
use zfs_writer::nvlist::{NvList, NvValue};

use super::one_pair::{pair_bytes, word};

/// Five words for "a": encoded size, decoded size, name length, name, type; then nelem.
fn head(encoded: u8, decoded: u8, data_type: u8, nelem: u8) -> Vec<u8> {
    let mut bytes = vec![
        0, 0, 0, encoded, 0, 0, 0, decoded, 0, 0, 0, 1, b'a', 0, 0, 0,
    ];
    bytes.extend_from_slice(&[0, 0, 0, data_type, 0, 0, 0, nelem]);
    bytes
}

/// An embedded list with no pairs: version 0, NV_UNIQUE_NAME, two end words.
const EMPTY_LIST: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];

#[test]
fn uint64_is_eight_big_endian_bytes() {
    let mut want = head(32, 32, 8, 1);
    want.extend_from_slice(&[1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(pair_bytes("a", NvValue::U64(0x0102_0304_0506_0708)), want);
}

#[test]
fn boolean_is_a_name_with_no_value() {
    // nelem 0 and no value bytes; native size NV_ALIGN(16 + 2) + 0.
    assert_eq!(pair_bytes("a", NvValue::Boolean), head(24, 24, 1, 0));
}

#[test]
fn nested_list_is_inline_with_native_size_of_nvlist_t() {
    // Native value: sizeof (nvlist_t) = 24, so 24 + 24.
    let mut want = head(40, 48, 19, 1);
    want.extend_from_slice(&EMPTY_LIST);
    assert_eq!(pair_bytes("a", NvValue::NvList(NvList::new())), want);

    let mut inner = NvList::new();
    inner.add_u64("a", 5);
    let pair = pair_bytes("a", NvValue::NvList(inner));
    assert_eq!((word(&pair, 0), word(&pair, 1)), (24 + 16 + 32, 48));
    assert_eq!(pair[32..64], pair_bytes("a", NvValue::U64(5)), "inner pair");
}

#[test]
fn list_array_has_32_native_bytes_per_element() {
    // Native value: a pointer and an nvlist_t per element, 8 + 24.
    let three = vec![NvList::new(), NvList::new(), NvList::new()];
    let mut want = head(24 + 3 * 16, 24 + 3 * 32, 20, 3);
    (0..3).for_each(|_| want.extend_from_slice(&EMPTY_LIST));
    assert_eq!(pair_bytes("a", NvValue::NvListArray(three)), want);
}

#[test]
fn empty_list_array_has_no_value() {
    assert_eq!(
        pair_bytes("a", NvValue::NvListArray(vec![])),
        head(24, 24, 20, 0)
    );
}
