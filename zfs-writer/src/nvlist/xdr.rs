//! XDR primitives: big-endian 4-byte units, strings as length + bytes padded to 4.
//! RFC 4506 §4.1, §4.5, §4.11; OpenZFS module/nvpair/nvpair.c `nvs_xdr_*` (via `xdr_int` etc.).
use zerocopy::IntoBytes;
use zerocopy::byteorder::big_endian::{I32, U32, U64};

/// `NV_ALIGN4`: round up to the 4-byte XDR unit.
pub(crate) const fn align4(len: usize) -> usize {
    (len + 3) & !3
}

/// `NV_ALIGN`: round up to the 8-byte alignment of native nvpairs.
pub(crate) const fn align8(len: usize) -> usize {
    (len + 7) & !7
}

/// Bytes `put_string` writes for `s`: the length word and the padded bytes.
pub(crate) const fn string_size(s: &str) -> usize {
    4 + align4(s.len())
}

/// Appends a signed 32-bit integer (`xdr_int`).
pub(crate) fn put_int(buf: &mut Vec<u8>, v: i32) {
    buf.extend_from_slice(I32::new(v).as_bytes());
}

/// Appends an unsigned 32-bit integer (`xdr_u_int`).
pub(crate) fn put_u_int(buf: &mut Vec<u8>, v: u32) {
    buf.extend_from_slice(U32::new(v).as_bytes());
}

/// Appends an unsigned 64-bit integer, high word first (`xdr_u_longlong_t`).
pub(crate) fn put_u_longlong(buf: &mut Vec<u8>, v: u64) {
    buf.extend_from_slice(U64::new(v).as_bytes());
}

/// Appends a string: byte length, bytes, zero padding to 4 (`xdr_string`, no NUL).
pub(crate) fn put_string(buf: &mut Vec<u8>, s: &str) {
    let len = u32::try_from(s.len()).expect("XDR string longer than 4 GiB");
    put_u_int(buf, len);
    put_opaque(buf, s.as_bytes());
}

/// Appends fixed-length opaque bytes padded with zeros to 4, no length word (`xdr_opaque`).
pub(crate) fn put_opaque(buf: &mut Vec<u8>, bytes: &[u8]) {
    buf.extend_from_slice(bytes);
    buf.resize(buf.len() + align4(bytes.len()) - bytes.len(), 0);
}
