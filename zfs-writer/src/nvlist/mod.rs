//! XDR-encoded name/value lists: the vdev label config and the MOS `config` object.
//!
//! OpenZFS module/nvpair/nvpair.c, `nvlist_pack(nvl, …, NV_ENCODE_XDR)`. Build an [`NvList`]
//! with `add_*` (insertion order is kept, a repeated name replaces the old pair), then
//! `pack_xdr` writes the 4-byte `nvs_header_t` and the list: version, flags, each pair
//! (encoded size, native "decoded" size, name, type, count, value), two zero words.
mod list; // NvList: ordered pairs with NV_UNIQUE_NAME (nvlist_add_common)
mod pack; // header, lists and pairs to bytes (nvlist_common, nvs_xdr_nvpair, nvs_xdr_nvp_op)
mod size; // encoded and native pair sizes (nvs_xdr_nvp_size, NVP_SIZE_CALC)
mod value; // NvValue and DataType (data_type_t, i_get_value_size)
mod xdr; // big-endian XDR words and strings (xdr_int, xdr_u_longlong_t, xdr_string)

pub use list::NvList;
pub use value::{DataType, NvValue};
