//! Looking a name up in a fat ZAP the way OpenZFS does.
//! OpenZFS module/zfs/zap.c `fzap_lookup` → `zap_deref_leaf` (pointer-table entry
//! `ZAP_HASH_IDX(hash, zt_shift)` → leaf block) → zap_leaf.c `zap_leaf_lookup` (walk the
//! `LEAF_HASH` chain, match `le_hash` then the name) → `zap_entry_read`.
use zfs_writer::zap::zap_hash;

use super::Value;
use super::fat::FatZap;
use super::leaf::{CHAIN_END, Leaf};

impl FatZap {
    /// `zap_deref_leaf`: the leaf for `hash`, whose prefix must match.
    pub fn leaf_for(&self, hash: u64) -> Leaf<'_> {
        let shift = self.zt_shift();
        let idx = if shift == 0 { 0 } else { hash >> (64 - shift) };
        let blk = self.idx_to_blk(idx);
        assert!(
            blk != 0 && (blk as usize) < self.blocks.len(),
            "leaf block {blk}"
        );
        let leaf = Leaf::new(&self.blocks[blk as usize]);
        assert!(leaf.prefix_len() <= shift, "prefix_len > zt_shift {shift}");
        assert!(leaf.owns(hash), "leaf {blk} does not own hash {hash:#x}");
        leaf
    }
    /// `fzap_lookup`: leaf by hash, then `zap_leaf_lookup` along the hash chain.
    pub fn lookup(&self, name: &[u8]) -> Option<Value> {
        let hash = zap_hash(self.salt(), name);
        let leaf = self.leaf_for(hash);
        let mut chunk = leaf.head(leaf.bucket(hash));
        while chunk != CHAIN_END {
            let (entry, next) = leaf.entry(chunk);
            if entry.hash == hash && entry.name == name {
                return Some(entry.value);
            }
            chunk = next;
        }
        None
    }
}
