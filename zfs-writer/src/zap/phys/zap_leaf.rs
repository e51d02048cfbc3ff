//! `zap_leaf_phys_t`: a fat ZAP leaf block, and the geometry macros of include/sys/zap_leaf.h.
//! A leaf of 2^bs bytes is this 48-byte header, a hash table of 2^(bs−5) `u16` chunk numbers
//! (each the head of a chain of entries, [`CHAIN_END`] when empty), then 24-byte chunks up to
//! the end of the block. Entries whose hash starts with `lh_prefix` (`lh_prefix_len` bits) live
//! here; the next 2^(bs−5) hash bits pick the chain (module/zfs/zap_leaf.c `LEAF_HASH`).
use zerocopy::little_endian::{U16, U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `ZBT_LEAF`: the first word of a leaf block.
pub const ZBT_LEAF: u64 = 1 << 63;
/// `ZAP_LEAF_MAGIC`.
pub const ZAP_LEAF_MAGIC: u32 = 0x2AB_1EAF;
/// `ZAP_LEAF_CHUNKSIZE`: bytes per chunk.
pub const ZAP_LEAF_CHUNKSIZE: usize = 24;
/// `ZAP_LEAF_ARRAY_BYTES`: payload bytes per array chunk (minus type and next).
pub const ZAP_LEAF_ARRAY_BYTES: usize = ZAP_LEAF_CHUNKSIZE - 3;
/// `CHAIN_END`: ends a hash chain, an array or the free list (module/zfs/zap_leaf.c).
pub const CHAIN_END: u16 = 0xffff;

/// `ZAP_LEAF_HASH_SHIFT_BS`: log2 of the hash-table entries of a 2^`bs`-byte leaf.
pub const fn zap_leaf_hash_shift(bs: u32) -> u32 {
    bs - 5
}

/// `ZAP_LEAF_NUMCHUNKS_BS`: chunks in a 2^`bs`-byte leaf (638 for 16 KiB).
pub const fn zap_leaf_numchunks(bs: u32) -> usize {
    ((1 << bs) - 2 * (1 << zap_leaf_hash_shift(bs))) / ZAP_LEAF_CHUNKSIZE - 2
}

/// `ZAP_LEAF_ARRAY_NCHUNKS`: array chunks holding `bytes` bytes.
pub const fn zap_leaf_array_nchunks(bytes: usize) -> usize {
    bytes.div_ceil(ZAP_LEAF_ARRAY_BYTES)
}

/// Byte offset of chunk `idx` in a 2^`bs`-byte leaf (`ZAP_LEAF_CHUNK`).
pub const fn zap_leaf_chunk_offset(bs: u32, idx: usize) -> usize {
    size_of::<ZapLeafHeader>() + 2 * (1 << zap_leaf_hash_shift(bs)) + idx * ZAP_LEAF_CHUNKSIZE
}

/// The header of a leaf block.
/// OpenZFS include/sys/zap_leaf.h `struct zap_leaf_header`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapLeafHeader {
    /// Always [`ZBT_LEAF`].
    pub lh_block_type: U64,
    /// Zero (once the next leaf of a chain; OpenZFS asserts it is 0).
    pub lh_pad1: U64,
    /// The hash prefix of the entries here, right-aligned.
    pub lh_prefix: U64,
    /// Always [`ZAP_LEAF_MAGIC`].
    pub lh_magic: U32,
    /// Number of free chunks.
    pub lh_nfree: U16,
    /// Number of entries.
    pub lh_nentries: U16,
    /// Bits in `lh_prefix`.
    pub lh_prefix_len: U16,
    /// First chunk of the free list, or [`CHAIN_END`].
    pub lh_freelist: U16,
    /// `ZLF_ENTRIES_CDSORTED` only for normalizing ZAPs; we write 0.
    pub lh_flags: u8,
    /// Zero.
    pub lh_pad2: [u8; 11],
}

const _: () = assert!(size_of::<ZapLeafHeader>() == 2 * ZAP_LEAF_CHUNKSIZE);
const _: () = assert!(core::mem::offset_of!(ZapLeafHeader, lh_freelist) == 34);
const _: () = assert!(zap_leaf_numchunks(14) == 638);
const _: () = assert!(zap_leaf_chunk_offset(14, zap_leaf_numchunks(14)) == 1 << 14);
