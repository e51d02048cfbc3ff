//! Packing an `NvList` into XDR bytes, as `nvlist_pack(nvl, …, NV_ENCODE_XDR, …)` does.
//! OpenZFS module/nvpair/nvpair.c `nvlist_common`, `nvs_xdr_nvlist`, `nvs_xdr_nvpair`,
//! `nvs_xdr_nvp_op`, `nvs_xdr_nvl_fini`.
use super::size::{list_encoded_size, pair_decoded_size, pair_encoded_size};
use super::xdr::{put_int, put_opaque, put_string, put_u_int, put_u_longlong};
use super::{NvList, NvValue};

/// `NV_ENCODE_XDR`: `nvh_encoding`, the first header byte.
const NV_ENCODE_XDR: u8 = 1;
/// `nvh_endian`: OpenZFS writes its host's byte order (1 = little); the XDR decoder ignores
/// it. We always claim little-endian so images do not depend on the build host.
const NVH_ENDIAN_LITTLE: u8 = 1;
/// `NV_VERSION`: `nvl_version` of every list.
const NV_VERSION: i32 = 0;
/// `NV_UNIQUE_NAME`: `nvl_nvflag` of every list (`fnvlist_alloc`).
const NV_UNIQUE_NAME: u32 = 1;

impl NvList {
    /// The exact bytes `nvlist_pack(…, NV_ENCODE_XDR, …)` produces for this list.
    /// OpenZFS nvpair.c `nvlist_xpack`.
    pub fn pack_xdr(&self) -> Vec<u8> {
        let size = self.packed_size();
        let mut buf = Vec::with_capacity(size);
        // nvs_header_t: encoding, endian, two reserved bytes.
        buf.extend_from_slice(&[NV_ENCODE_XDR, NVH_ENDIAN_LITTLE, 0, 0]);
        encode_list(&mut buf, self);
        assert_eq!(
            buf.len(),
            size,
            "nvlist packed size disagrees with nvlist_size"
        );
        buf
    }

    /// Length of [`NvList::pack_xdr`]'s output: the 4-byte header and the list.
    /// OpenZFS nvpair.c `nvlist_size(nvl, &size, NV_ENCODE_XDR)`.
    pub fn packed_size(&self) -> usize {
        4 + list_encoded_size(self)
    }
}

/// One list, top-level or embedded: version, flags, pairs, two zero words.
fn encode_list(buf: &mut Vec<u8>, list: &NvList) {
    put_int(buf, NV_VERSION);
    put_u_int(buf, NV_UNIQUE_NAME);
    for (name, value) in list.pairs() {
        encode_pair(buf, name, value);
    }
    put_int(buf, 0);
    put_int(buf, 0);
}

/// One pair: encoded size, decoded (native) size, name, type, element count, value.
fn encode_pair(buf: &mut Vec<u8>, name: &str, value: &NvValue) {
    put_int(buf, to_int32(pair_encoded_size(name, value)));
    put_int(buf, to_int32(pair_decoded_size(name, value)));
    put_string(buf, name);
    put_int(buf, value.data_type() as i32);
    put_int(buf, to_int32(value.nelem()));
    match value {
        NvValue::Boolean => {}
        NvValue::U64(v) => put_u_longlong(buf, *v),
        NvValue::String(s) => put_string(buf, s),
        NvValue::ByteArray(bytes) => put_opaque(buf, bytes),
        NvValue::NvList(list) => encode_list(buf, list),
        NvValue::NvListArray(lists) => lists.iter().for_each(|l| encode_list(buf, l)),
    }
}

/// Sizes are `int32_t` in the stream; OpenZFS refuses pairs over `INT32_MAX` (EINVAL).
fn to_int32(n: usize) -> i32 {
    i32::try_from(n).expect("nvpair larger than INT32_MAX")
}
