//! One fat ZAP leaf block, read at the offsets of include/sys/zap_leaf.h: header
//! (`lh_block_type` @0, `lh_prefix` @16, `lh_magic` @24, `lh_nfree` @28, `lh_nentries` @30,
//! `lh_prefix_len` @32, `lh_freelist` @34, `lh_flags` @36), 48 bytes; then `l_hash`, 2^(bs−5)
//! `u16`s; then 24-byte chunks (read in `leaf_entries.rs`).
use super::raw::{le16, le32, le64};

pub const ZBT_LEAF: u64 = 1 << 63;
pub const ZAP_LEAF_MAGIC: u32 = 0x2AB_1EAF;
pub const CHAIN_END: u16 = 0xffff;
pub const ZAP_CHUNK_FREE: u8 = 253;
pub const ZAP_CHUNK_ENTRY: u8 = 252;
pub const ZAP_CHUNK_ARRAY: u8 = 251;

/// A leaf block of 2^`bs` bytes.
#[derive(Clone, Copy)]
pub struct Leaf<'a> {
    pub b: &'a [u8],
    pub bs: u32,
}

impl<'a> Leaf<'a> {
    /// Wraps `b`, checking block type and magic as `zap_get_leaf_byblk` asserts.
    pub fn new(b: &'a [u8]) -> Leaf<'a> {
        assert!(b.len().is_power_of_two(), "leaf of {} bytes", b.len());
        let leaf = Leaf {
            b,
            bs: b.len().trailing_zeros(),
        };
        assert_eq!(le64(b, 0), ZBT_LEAF, "lh_block_type");
        assert_eq!(le32(b, 24), ZAP_LEAF_MAGIC, "lh_magic");
        assert_eq!(le64(b, 8), 0, "lh_pad1");
        leaf
    }
    pub fn prefix(&self) -> u64 {
        le64(self.b, 16)
    }
    pub fn nfree(&self) -> u16 {
        le16(self.b, 28)
    }
    pub fn nentries(&self) -> u16 {
        le16(self.b, 30)
    }
    pub fn prefix_len(&self) -> u32 {
        le16(self.b, 32).into()
    }
    pub fn freelist(&self) -> u16 {
        le16(self.b, 34)
    }
    pub fn hash_entries(&self) -> usize {
        1 << (self.bs - 5)
    }
    /// `ZAP_LEAF_NUMCHUNKS`.
    pub fn numchunks(&self) -> usize {
        ((1 << self.bs) - 2 * self.hash_entries()) / 24 - 2
    }
    /// `l_hash[i]`.
    pub fn head(&self, i: usize) -> u16 {
        le16(self.b, 48 + 2 * i)
    }
    /// `LEAF_HASH(l, h)`.
    pub fn bucket(&self, hash: u64) -> usize {
        let shift = self.bs - 5;
        ((hash >> (64 - shift - self.prefix_len())) & ((1 << shift) - 1)) as usize
    }
    /// The 24 bytes of chunk `i`.
    pub fn chunk(&self, i: u16) -> &'a [u8] {
        assert!(usize::from(i) < self.numchunks(), "chunk {i} out of range");
        let off = 48 + 2 * self.hash_entries() + 24 * usize::from(i);
        &self.b[off..off + 24]
    }
    /// Whether `hash` starts with this leaf's prefix (zap.c `zap_deref_leaf` asserts it).
    pub fn owns(&self, hash: u64) -> bool {
        let plen = self.prefix_len();
        (if plen == 0 { 0 } else { hash >> (64 - plen) }) == self.prefix()
    }
}
