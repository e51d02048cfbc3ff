//! Entries in hash order with their collision differentiators.
//! OpenZFS gives the lowest unused cd to each name whose hash is already taken
//! (zap_micro.c `mze_find_unused_cd`, zap_leaf.c `zap_entry_create` with `ZAP_NEED_CD`), and
//! both the micro ZAP's tree and `zap_cursor` order entries by (hash, cd). We number the names
//! of one hash 0, 1, 2… in byte order, so the output depends only on the entries.
use super::phys::zap_leaf_array_nchunks;
use super::{Zap, ZapValue};

/// One entry ready to encode.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ZapEntry<'a> {
    /// The name, without NUL.
    pub name: &'a [u8],
    /// The value.
    pub value: &'a ZapValue,
    /// `zap_hash(salt, name)`.
    pub hash: u64,
    /// Collision differentiator: 0 unless an earlier name has the same hash.
    pub cd: u32,
}

impl ZapEntry<'_> {
    /// Leaf chunks the entry takes: the entry chunk, the name with its NUL, the value.
    /// OpenZFS module/zfs/zap_leaf.c `zap_entry_create` (`numchunks`).
    pub fn leaf_chunks(&self) -> usize {
        let value_bytes = self.value.num_integers() * usize::from(self.value.integer_length());
        1 + zap_leaf_array_nchunks(self.name.len() + 1) + zap_leaf_array_nchunks(value_bytes)
    }
}

impl Zap {
    /// Every entry, sorted by (hash, cd), each (hash, cd) unique.
    pub(crate) fn hashed_entries(&self) -> Vec<ZapEntry<'_>> {
        let mut entries: Vec<ZapEntry<'_>> = self
            .named()
            .map(|(name, value, hash)| ZapEntry {
                name,
                value,
                hash,
                cd: 0,
            })
            .collect();
        // Stable: names of one hash stay in byte order.
        entries.sort_by_key(|e| e.hash);
        for i in 1..entries.len() {
            if entries[i].hash == entries[i - 1].hash {
                entries[i].cd = entries[i - 1].cd + 1;
            }
        }
        entries
    }
}

/// The longest run of entries sharing one hash, in entries sorted by hash.
pub(crate) fn max_collisions(entries: &[ZapEntry<'_>]) -> usize {
    entries
        .chunk_by(|a, b| a.hash == b.hash)
        .map(<[_]>::len)
        .max()
        .unwrap_or(0)
}
