//! Filling the chunks of a fat ZAP leaf: entries, their name and value arrays, free chunks.
//! OpenZFS module/zfs/zap_leaf.c `zap_entry_create` takes the entry chunk, then the name's
//! chunks, then the value's (`zap_leaf_array_create`: 21 bytes each) from the free list. We
//! take chunks 0, 1, 2… as a fresh leaf (`zap_leaf_init`) gives them, so the free list is the tail.
use zerocopy::IntoBytes;
use zerocopy::little_endian::{U16, U32, U64};

use super::entry::ZapEntry;
use super::phys::{
    CHAIN_END, ZAP_CHUNK_ENTRY, ZAP_LEAF_ARRAY_BYTES, ZAP_LEAF_CHUNKSIZE, ZapLeafArray,
    ZapLeafEntry, ZapLeafFree, zap_leaf_array_nchunks, zap_leaf_chunk_offset, zap_leaf_numchunks,
};

/// A leaf block being filled, chunk by chunk.
pub(super) struct LeafWriter {
    /// log2 of the block size.
    pub bs: u32,
    /// The block, zeroed at first.
    pub block: Vec<u8>,
    /// Chunks taken so far: the next one to take.
    pub next_chunk: usize,
}

impl LeafWriter {
    /// An all-zero leaf block of 2^`bs` bytes with no chunk taken.
    pub fn new(bs: u32) -> LeafWriter {
        LeafWriter {
            bs,
            block: vec![0; 1 << bs],
            next_chunk: 0,
        }
    }

    /// Writes `bytes` over chunk `idx`.
    pub fn write_chunk(&mut self, idx: u16, bytes: &[u8]) {
        let off = zap_leaf_chunk_offset(self.bs, idx.into());
        self.block[off..off + ZAP_LEAF_CHUNKSIZE].copy_from_slice(bytes);
    }

    /// Links every chunk not taken into the free list, in order; returns its head.
    pub fn put_free_list(&mut self) -> u16 {
        let (used, total) = (self.next_chunk, zap_leaf_numchunks(self.bs));
        for idx in used..total {
            self.put(ZapLeafFree::new(link(idx + 1, total)).as_bytes());
        }
        link(used, total)
    }

    /// Takes the next free chunk and writes `bytes` (one chunk's worth) into it.
    fn put(&mut self, bytes: &[u8]) -> u16 {
        assert!(self.next_chunk < zap_leaf_numchunks(self.bs), "leaf full");
        let idx = u16::try_from(self.next_chunk).expect("chunk numbers fit u16");
        self.next_chunk += 1;
        self.write_chunk(idx, bytes);
        idx
    }

    /// Writes `bytes` as a run of array chunks; returns its first chunk or `CHAIN_END`.
    fn put_array(&mut self, bytes: &[u8]) -> u16 {
        let first = self.next_chunk;
        let end = first + zap_leaf_array_nchunks(bytes.len());
        for piece in bytes.chunks(ZAP_LEAF_ARRAY_BYTES) {
            let next = link(self.next_chunk + 1, end);
            self.put(ZapLeafArray::new(piece, next).as_bytes());
        }
        link(first, end)
    }

    /// Writes the arrays of `e`; returns its entry chunk and the entry, written later once
    /// `le_next` is known.
    pub fn put_entry(&mut self, e: &ZapEntry<'_>) -> (u16, ZapLeafEntry) {
        let chunk = self.put(&[0; ZAP_LEAF_CHUNKSIZE]);
        let mut name = e.name.to_vec();
        name.push(0);
        let le = ZapLeafEntry {
            le_type: ZAP_CHUNK_ENTRY,
            le_value_intlen: e.value.integer_length(),
            le_next: U16::new(CHAIN_END),
            le_name_chunk: U16::new(self.put_array(&name)),
            le_name_numints: U16::new(name.len() as u16),
            le_value_chunk: U16::new(self.put_array(&e.value.encode_be())),
            le_value_numints: U16::new(e.value.num_integers() as u16),
            le_cd: U32::new(e.cd),
            le_hash: U64::new(e.hash),
        };
        (chunk, le)
    }
}

/// Chunk `idx` as a chain link, or `CHAIN_END` when the run ending before `end` is over.
fn link(idx: usize, end: usize) -> u16 {
    if idx < end {
        u16::try_from(idx).expect("chunk numbers fit u16")
    } else {
        CHAIN_END
    }
}
