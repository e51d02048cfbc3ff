//! The pointer table of a fat ZAP: hash prefix → leaf block id.
//! OpenZFS module/zfs/zap.c: `zap_idx_to_blk` reads entry `ZAP_HASH_IDX(hash, zt_shift)`
//! from the embedded table (second half of block 0) while `zt_numblks` is 0, else from block
//! `zt_blk + idx / 2^(bs−3)`; `zap_grow_ptrtbl` moves to an external table of 2^(bs−3)
//! entries per block once `zt_shift` passes the embedded 2^(bs−4). A leaf with a `p`-bit
//! prefix owns the 2^(zt_shift − p) consecutive entries starting at `prefix << (zt_shift − p)`.
use super::fat_plan::LeafPlan;
use super::phys::zap_embedded_ptrtbl_shift;

/// The table as OpenZFS would have grown it for these leaves.
#[derive(Clone, Debug)]
pub(crate) struct PtrTbl {
    /// `zt_shift`: log2 of the number of entries.
    pub shift: u32,
    /// Entry `i` is the block id of the leaf owning hashes whose top bits are `i`.
    pub entries: Vec<u64>,
}

impl PtrTbl {
    /// The table for `leaves` (in prefix order, leaf `i` in block `i + 1`) with 2^`bs` blocks.
    /// As small as the longest prefix allows, but never below the embedded size, which
    /// `zap_grow_ptrtbl` asserts for an embedded table.
    pub fn plan(leaves: &[LeafPlan], bs: u32) -> PtrTbl {
        let longest = leaves.iter().map(|l| l.prefix_len).max().unwrap_or(0);
        let shift = longest.max(zap_embedded_ptrtbl_shift(bs));
        let mut entries = Vec::with_capacity(1 << shift);
        for (i, leaf) in leaves.iter().enumerate() {
            let span = 1usize << (shift - leaf.prefix_len);
            assert_eq!(
                entries.len() as u64,
                leaf.prefix << (shift - leaf.prefix_len)
            );
            entries.resize(entries.len() + span, i as u64 + 1);
        }
        assert_eq!(
            entries.len(),
            1 << shift,
            "leaves must cover every hash prefix"
        );
        PtrTbl { shift, entries }
    }

    /// Whether the table lives in the second half of block 0.
    pub fn is_embedded(&self, bs: u32) -> bool {
        self.shift == zap_embedded_ptrtbl_shift(bs)
    }

    /// The table as little-endian `u64`s, back to back.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.entries.iter().flat_map(|e| e.to_le_bytes()).collect()
    }

    /// The external table's blocks of 2^`bs` bytes (`zt_numblks` of them).
    pub fn external_blocks(&self, bs: u32) -> Vec<Vec<u8>> {
        assert!(!self.is_embedded(bs));
        self.to_bytes()
            .chunks(1 << bs)
            .map(<[u8]>::to_vec)
            .collect()
    }
}
