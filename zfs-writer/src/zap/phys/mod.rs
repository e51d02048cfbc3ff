//! Exact on-disk structures of ZAP objects (OpenZFS 2.3 include/sys/zap_impl.h, zap_leaf.h).
//!
//! A micro ZAP is one block of 64-byte slots: [`MzapPhys`] then [`MzapEntPhys`] entries. A fat
//! ZAP is an array of equal blocks: block 0 is [`ZapPhys`] with the embedded pointer table in
//! its second half, the others are leaves ([`ZapLeafHeader`], a `u16` hash table, then 24-byte
//! chunks) or external pointer-table blocks. Every integer is little-endian except the values
//! inside leaf array chunks, which OpenZFS always stores big-endian.
mod mzap; // mzap_phys_t and mzap_ent_phys_t
mod zap_header; // zap_phys_t and zap_table_phys_t
mod zap_leaf; // zap_leaf_phys_t header and the leaf geometry macros
mod zap_leaf_chunk; // zap_leaf_chunk_t: entry, array and free chunks

pub use mzap::{MZAP_ENT_LEN, MZAP_MAX_BLKSZ, MZAP_NAME_LEN, MzapEntPhys, MzapPhys, ZBT_MICRO};
pub use zap_header::{
    FZAP_DEFAULT_BLOCK_SHIFT, ZAP_MAGIC, ZBT_HEADER, ZapPhys, ZapTablePhys,
    zap_embedded_ptrtbl_shift,
};
pub use zap_leaf::{
    CHAIN_END, ZAP_LEAF_ARRAY_BYTES, ZAP_LEAF_CHUNKSIZE, ZAP_LEAF_MAGIC, ZBT_LEAF, ZapLeafHeader,
    zap_leaf_array_nchunks, zap_leaf_chunk_offset, zap_leaf_hash_shift, zap_leaf_numchunks,
};
pub use zap_leaf_chunk::{
    ZAP_CHUNK_ARRAY, ZAP_CHUNK_ENTRY, ZAP_CHUNK_FREE, ZapLeafArray, ZapLeafEntry, ZapLeafFree,
};
