//! Pair sizes: the XDR encoded size and the native in-memory ("decoded") size.
//! OpenZFS module/nvpair/nvpair.c `nvs_xdr_nvp_size`, `nvs_xdr_nvlist`, `NVP_SIZE_CALC`.
use super::xdr::{align4, align8, string_size};
use super::{NvList, NvValue};

/// `sizeof (nvpair_t)`: size, name size, reserve, element count, type (include/sys/nvpair.h).
const NVPAIR_T_SIZE: usize = 16;

/// Bytes a list takes after the stream header: version and flags words, the pairs, and the
/// two zero words that end it (`nvs_xdr_nvlist` with `NVS_OP_GETSIZE`: `2 * 4 + 8`).
pub(crate) fn list_encoded_size(list: &NvList) -> usize {
    let pairs: usize = list.pairs().map(|(n, v)| pair_encoded_size(n, v)).sum();
    2 * 4 + pairs + 8
}

/// Bytes one pair takes in the XDR stream, its first word (`nvs_xdr_nvp_size`).
pub(crate) fn pair_encoded_size(name: &str, value: &NvValue) -> usize {
    // encode size + decode size + name + type + nelem
    let head = 4 + 4 + string_size(name) + 4 + 4;
    head + match value {
        NvValue::Boolean => 0,
        NvValue::U64(_) => 8,
        NvValue::String(s) => string_size(s),
        NvValue::ByteArray(bytes) => align4(bytes.len()),
        NvValue::NvList(list) => list_encoded_size(list),
        NvValue::NvListArray(lists) => lists.iter().map(list_encoded_size).sum(),
    }
}

/// `NVP_SIZE_CALC(name_len, data_len)`: a native nvpair's size; `name_len` counts the NUL.
pub(crate) const fn nvp_size_calc(name_len: usize, data_len: usize) -> usize {
    align8(NVPAIR_T_SIZE + name_len) + align8(data_len)
}

/// The native `nvp_size` of a pair, its second word; the decoder rebuilds the pair in a
/// buffer of this size and rejects it unless it matches (`i_validate_nvpair`).
pub(crate) fn pair_decoded_size(name: &str, value: &NvValue) -> usize {
    nvp_size_calc(name.len() + 1, value.native_size())
}
