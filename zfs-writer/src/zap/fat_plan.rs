//! Choosing the leaves of a fat ZAP: which hash prefix each leaf owns.
//! OpenZFS module/zfs/zap.c `zap_expand_leaf` and zap_leaf.c `zap_leaf_split` split a full leaf
//! in two by the next hash bit; we do the same up front, so every leaf is as short a prefix as
//! lets its entries fit. (makefs zap.c `zap_fat_write_prefixlen` gives all leaves one prefix
//! length instead, and cannot go past the embedded pointer table.)
use std::ops::Range;

use super::entry::ZapEntry;
use super::hash::ZAP_HASHBITS;
use super::phys::zap_leaf_numchunks;

/// `zap_grow_ptrtbl` stops 2 bits short of the hash: no prefix is longer than this.
const MAX_PREFIX_LEN: u32 = ZAP_HASHBITS - 2;

/// One leaf to write: its hash prefix and the entries (a range of the hash-sorted list).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LeafPlan {
    /// The top `prefix_len` bits of every hash in the leaf, right-aligned (`lh_prefix`).
    pub prefix: u64,
    /// `lh_prefix_len`.
    pub prefix_len: u32,
    /// Indices into the hash-sorted entries.
    pub entries: Range<usize>,
}

/// Leaves covering the whole hash space in prefix order, for entries sorted by hash.
///
/// # Panics
/// If more entries share a 26-bit hash prefix than one leaf holds (never for real names).
pub(crate) fn plan_leaves(entries: &[ZapEntry<'_>], block_shift: u32) -> Vec<LeafPlan> {
    let mut leaves = Vec::new();
    let whole = LeafPlan {
        prefix: 0,
        prefix_len: 0,
        entries: 0..entries.len(),
    };
    split(entries, zap_leaf_numchunks(block_shift), whole, &mut leaves);
    leaves
}

/// Pushes `leaf` if its entries fit `capacity` chunks, else its two halves by the next bit.
fn split(entries: &[ZapEntry<'_>], capacity: usize, leaf: LeafPlan, out: &mut Vec<LeafPlan>) {
    let mine = &entries[leaf.entries.clone()];
    if mine.iter().map(ZapEntry::leaf_chunks).sum::<usize>() <= capacity {
        out.push(leaf);
        return;
    }
    assert!(
        leaf.prefix_len < MAX_PREFIX_LEN,
        "more entries share hash prefix {:#x} than a ZAP leaf holds",
        leaf.prefix
    );
    let bit = 63 - leaf.prefix_len;
    let mid = leaf.entries.start + mine.partition_point(|e| e.hash >> bit & 1 == 0);
    let prefix_len = leaf.prefix_len + 1;
    let low = LeafPlan {
        prefix: leaf.prefix << 1,
        prefix_len,
        entries: leaf.entries.start..mid,
    };
    let high = LeafPlan {
        prefix: leaf.prefix << 1 | 1,
        prefix_len,
        entries: mid..leaf.entries.end,
    };
    split(entries, capacity, low, out);
    split(entries, capacity, high, out);
}
