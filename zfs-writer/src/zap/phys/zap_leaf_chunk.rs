//! `zap_leaf_chunk_t`: the three kinds of 24-byte chunk in a fat ZAP leaf.
//! OpenZFS include/sys/zap_leaf.h. An entry chunk points at two arrays (the name, then the
//! value); an array chunk carries 21 bytes and the next chunk number; free chunks form the
//! free list. Array bytes hold integers big-endian whatever the block's byte order
//! (module/zfs/zap_leaf.c `zap_leaf_array_create`), so they are plain bytes here.
use zerocopy::little_endian::{U16, U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{CHAIN_END, ZAP_LEAF_ARRAY_BYTES, ZAP_LEAF_CHUNKSIZE};

/// `ZAP_CHUNK_FREE`: type byte of a free chunk.
pub const ZAP_CHUNK_FREE: u8 = 253;
/// `ZAP_CHUNK_ENTRY`: type byte of an entry chunk.
pub const ZAP_CHUNK_ENTRY: u8 = 252;
/// `ZAP_CHUNK_ARRAY`: type byte of an array chunk.
pub const ZAP_CHUNK_ARRAY: u8 = 251;

/// One name/value entry.
/// OpenZFS include/sys/zap_leaf.h `struct zap_leaf_entry`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapLeafEntry {
    /// Always [`ZAP_CHUNK_ENTRY`].
    pub le_type: u8,
    /// Bytes per value integer: 1, 2, 4 or 8.
    pub le_value_intlen: u8,
    /// Next entry in this hash chain, or [`CHAIN_END`].
    pub le_next: U16,
    /// First array chunk of the name.
    pub le_name_chunk: U16,
    /// Name bytes including the NUL.
    pub le_name_numints: U16,
    /// First array chunk of the value, or [`CHAIN_END`] for an empty value.
    pub le_value_chunk: U16,
    /// Number of value integers.
    pub le_value_numints: U16,
    /// Collision differentiator: distinct among entries with the same hash.
    pub le_cd: U32,
    /// The name's hash (`zap_hash`), low bits zero.
    pub le_hash: U64,
}

/// A piece of a name or value.
/// OpenZFS include/sys/zap_leaf.h `struct zap_leaf_array`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapLeafArray {
    /// Always [`ZAP_CHUNK_ARRAY`].
    pub la_type: u8,
    /// Payload; the last chunk of an array is zero-padded.
    pub la_array: [u8; ZAP_LEAF_ARRAY_BYTES],
    /// Next chunk of this array, or [`CHAIN_END`].
    pub la_next: U16,
}

/// An unused chunk on the free list.
/// OpenZFS include/sys/zap_leaf.h `struct zap_leaf_free`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapLeafFree {
    /// Always [`ZAP_CHUNK_FREE`].
    pub lf_type: u8,
    /// Zero.
    pub lf_pad: [u8; ZAP_LEAF_ARRAY_BYTES],
    /// Next free chunk, or [`CHAIN_END`].
    pub lf_next: U16,
}

impl ZapLeafArray {
    /// An array chunk carrying `bytes` (at most 21), followed by chunk `next`.
    pub fn new(bytes: &[u8], next: u16) -> ZapLeafArray {
        let mut la_array = [0; ZAP_LEAF_ARRAY_BYTES];
        la_array[..bytes.len()].copy_from_slice(bytes);
        let la_next = U16::new(next);
        ZapLeafArray {
            la_type: ZAP_CHUNK_ARRAY,
            la_array,
            la_next,
        }
    }
}

impl ZapLeafFree {
    /// A free chunk followed on the free list by `next` ([`CHAIN_END`] for the last).
    pub fn new(next: u16) -> ZapLeafFree {
        let lf_next = U16::new(next);
        ZapLeafFree {
            lf_type: ZAP_CHUNK_FREE,
            lf_pad: [0; ZAP_LEAF_ARRAY_BYTES],
            lf_next,
        }
    }
}

const _: () = assert!(size_of::<ZapLeafEntry>() == ZAP_LEAF_CHUNKSIZE);
const _: () = assert!(size_of::<ZapLeafArray>() == ZAP_LEAF_CHUNKSIZE);
const _: () = assert!(size_of::<ZapLeafFree>() == ZAP_LEAF_CHUNKSIZE);
const _: () = assert!(core::mem::offset_of!(ZapLeafEntry, le_hash) == 16 && CHAIN_END == !0);
