//! An fsck for fat ZAPs: every rule OpenZFS's code relies on when it reads or adds entries.
//! zap.c `zap_deref_leaf` (leaf prefix matches the table index), zap_leaf.c `zap_leaf_lookup`
//! (`LEAF_HASH` chains), `zap_leaf_rehash_entry` (chains sorted by cd), `zap_leaf_chunk_alloc`
//! (free list of `lh_nfree` free chunks), `zap_entry_create` (unique (hash, cd)).
use std::collections::BTreeSet;

use super::Entry;
use super::fat::FatZap;
use super::leaf::{Leaf, ZAP_CHUNK_FREE};
use super::leaf_entries::{chain_chunks, chains, linked};

/// Checks the header, the pointer table and every leaf of `zap`.
pub fn check_fat(zap: &FatZap) {
    let shift = zap.zt_shift();
    for idx in 0..1u64 << shift {
        let leaf = Leaf::new(&zap.blocks[zap.idx_to_blk(idx) as usize]);
        assert_eq!(
            idx >> (shift - leaf.prefix_len()),
            leaf.prefix(),
            "table index {idx}"
        );
    }
    let ids = zap.leaf_blocks();
    assert_eq!(
        ids.iter().collect::<BTreeSet<_>>().len(),
        ids.len(),
        "leaf listed twice"
    );
    assert_eq!(ids.len() as u64, zap.hdr(64), "zap_num_leafs");
    let leaves: Vec<Leaf<'_>> = ids
        .iter()
        .map(|&b| Leaf::new(&zap.blocks[b as usize]))
        .collect();
    let entries: u64 = leaves.iter().map(|l| u64::from(l.nentries())).sum();
    assert_eq!(entries, zap.hdr(72), "zap_num_entries");
    assert_eq!(zap.hdr(56), zap.blocks.len() as u64, "zap_freeblk");
    leaves.iter().for_each(check_leaf);
}

/// Checks that chains, arrays and the free list use every chunk once and agree with the header.
pub fn check_leaf(leaf: &Leaf<'_>) {
    let mut taken = Vec::new();
    let mut keys = BTreeSet::new();
    for (bucket, chain) in chains(leaf).iter().enumerate() {
        check_chain(leaf, bucket, chain, &mut keys);
        taken.extend(chain_chunks(leaf, leaf.head(bucket)));
    }
    assert_eq!(keys.len(), usize::from(leaf.nentries()), "lh_nentries");
    let free = linked(leaf, leaf.freelist());
    assert!(
        free.iter().all(|&c| leaf.chunk(c)[0] == ZAP_CHUNK_FREE),
        "free list"
    );
    assert_eq!(free.len(), usize::from(leaf.nfree()), "lh_nfree");
    taken.extend(free);
    taken.sort_unstable();
    let all: Vec<u16> = (0..leaf.numchunks() as u16).collect();
    assert_eq!(
        taken, all,
        "every chunk is used once: by an entry, an array or the free list"
    );
}

/// One chain: right bucket and prefix, sorted by cd, (hash, cd) unique in the leaf.
fn check_chain(leaf: &Leaf<'_>, bucket: usize, chain: &[Entry], keys: &mut BTreeSet<(u64, u32)>) {
    for (i, e) in chain.iter().enumerate() {
        assert_eq!(
            leaf.bucket(e.hash),
            bucket,
            "{:?} in the wrong chain",
            e.name
        );
        assert!(leaf.owns(e.hash), "{:?} in the wrong leaf", e.name);
        assert!(i == 0 || chain[i - 1].cd <= e.cd, "chain not sorted by cd");
        assert!(
            keys.insert((e.hash, e.cd)),
            "(hash, cd) repeats: {:?}",
            e.name
        );
    }
}
