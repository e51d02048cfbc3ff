//! Encoding one fat ZAP leaf block: entries, hash chains, free list and header.
//! OpenZFS module/zfs/zap_leaf.c: `LEAF_HASH` picks an entry's chain from the hash bits after
//! the leaf's prefix; `zap_leaf_rehash_entry` keeps each chain sorted by cd (entries of equal
//! cd in insertion order, here hash order); `zap_leaf_init` sets the header. `lh_flags` stays 0:
//! OpenZFS sets `ZLF_ENTRIES_CDSORTED` only when `zap_normflags` != 0.
use zerocopy::IntoBytes;
use zerocopy::little_endian::{U16, U32, U64};

use super::entry::ZapEntry;
use super::fat_plan::LeafPlan;
use super::leaf_writer::LeafWriter;
use super::phys::{
    CHAIN_END, ZAP_LEAF_MAGIC, ZBT_LEAF, ZapLeafEntry, ZapLeafHeader, zap_leaf_hash_shift,
    zap_leaf_numchunks,
};

/// The leaf block of 2^`bs` bytes for `plan`, whose entries are `plan.entries` of `entries`.
pub(crate) fn encode_leaf(plan: &LeafPlan, entries: &[ZapEntry<'_>], bs: u32) -> Vec<u8> {
    let mut w = LeafWriter::new(bs);
    let mut written: Vec<(u16, ZapLeafEntry)> = entries[plan.entries.clone()]
        .iter()
        .map(|e| w.put_entry(e))
        .collect();
    let heads = link_chains(&mut written, bs, plan.prefix_len);
    for (chunk, le) in &written {
        w.write_chunk(*chunk, le.as_bytes());
    }
    let table = size_of::<ZapLeafHeader>();
    w.block[table..table + 2 * heads.len()].copy_from_slice(heads.as_bytes());
    let used = w.next_chunk;
    let freelist = w.put_free_list();
    let header = ZapLeafHeader {
        lh_block_type: U64::new(ZBT_LEAF),
        lh_pad1: U64::ZERO,
        lh_prefix: U64::new(plan.prefix),
        lh_magic: U32::new(ZAP_LEAF_MAGIC),
        lh_nfree: U16::new((zap_leaf_numchunks(bs) - used) as u16),
        lh_nentries: U16::new(written.len() as u16),
        lh_prefix_len: U16::new(plan.prefix_len as u16),
        lh_freelist: U16::new(freelist),
        lh_flags: 0,
        lh_pad2: [0; 11],
    };
    w.block[..table].copy_from_slice(header.as_bytes());
    w.block
}

/// Sets every `le_next`; returns the hash table (`l_hash`): each bucket's first chunk.
fn link_chains(written: &mut [(u16, ZapLeafEntry)], bs: u32, prefix_len: u32) -> Vec<U16> {
    let shift = zap_leaf_hash_shift(bs);
    let bucket = |le: &ZapLeafEntry| {
        (le.le_hash.get() >> (64 - shift - prefix_len)) as usize & ((1 << shift) - 1)
    };
    let mut order: Vec<usize> = (0..written.len()).collect();
    // Stable: equal cds stay in hash order, as zap_leaf_rehash_entry would leave them.
    order.sort_by_key(|&i| (bucket(&written[i].1), written[i].1.le_cd.get()));
    let mut heads = vec![U16::new(CHAIN_END); 1 << shift];
    for pair in order.windows(2).rev() {
        if bucket(&written[pair[0]].1) == bucket(&written[pair[1]].1) {
            written[pair[0]].1.le_next = U16::new(written[pair[1]].0);
        }
    }
    for &i in order.iter().rev() {
        heads[bucket(&written[i].1)] = U16::new(written[i].0);
    }
    heads
}
