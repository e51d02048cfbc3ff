//! XDR-encoded name/value lists (OpenZFS module/nvpair/nvpair.c `nvs_xdr`): labels, the MOS
//! config and SA xattrs. Decoding is bounded by the buffer and by a nesting limit.
mod decode; // header, pairs, values
mod value; // NvList, NvValue and lookups
mod xdr; // big-endian primitives over a bounded cursor

pub(crate) use decode::decode;
pub(crate) use value::{NvList, NvValue};
