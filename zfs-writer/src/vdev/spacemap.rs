//! The space maps, one object per metaslab as makefs writes them (vdev.c `vdev_spacemap_write`):
//! "allocated" for the single run from the metaslab's start (the bump allocator leaves no
//! gaps), in one block sized beforehand for a full metaslab's entries, or none while empty.
//! OpenZFS include/sys/space_map.h: one-word entries (prefix 0: offset bits 16–62, type bit
//! 15 = 0 for ALLOC, run − 1 in bits 0–14, units of `1 << ashift` from the metaslab start), and
//! the `SPACE_MAP_SIZE_V0` bonus (`smp_object`, `smp_length`, `smp_alloc`) used while the
//! `spacemap_histogram` feature is off, or the whole `space_map_phys_t` with the histogram of
//! free segments (space_map.c `space_map_histogram_add`, metaslab.c `metaslab_sync`).
use super::Geometry;

/// Longest run one entry describes, in allocation units (`SM_RUN_MAX`).
const SM_RUN_MAX: u64 = 1 << 15;
/// `SPACE_MAP_HISTOGRAM_SIZE`: buckets in `smp_histogram`.
const HISTOGRAM_SIZE: usize = 32;
/// `smp_pad`: reserved words between `smp_alloc` and `smp_histogram`.
const PAD_WORDS: usize = 5;
/// The smallest space-map block we write.
const SM_MIN_BLOCK: u64 = 4 << 10;

/// Bytes of a space map's block: a full metaslab's entries, at least [`SM_MIN_BLOCK`].
pub fn space_map_block(g: &Geometry) -> u64 {
    let entries = (1u64 << (g.ms_shift - g.ashift)).div_ceil(SM_RUN_MAX);
    (entries * 8).next_multiple_of(SM_MIN_BLOCK)
}

/// The space map of one metaslab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpaceMapPlan {
    /// Index of the metaslab.
    pub metaslab: u64,
    /// The entries, zero-padded to [`space_map_block`] (empty for an empty metaslab).
    pub block: Vec<u8>,
    /// Bytes of entries (`smp_length`).
    pub length: u64,
    /// Bytes allocated in the metaslab (`smp_alloc`).
    pub alloc: u64,
    /// `smp_histogram` of the free space, when the bonus carries one.
    pub histogram: Option<[u64; HISTOGRAM_SIZE]>,
}

impl SpaceMapPlan {
    /// The bonus of the space-map object numbered `object`: 24 bytes, or 320 with the
    /// histogram.
    pub fn bonus(&self, object: u64) -> Vec<u8> {
        let mut words = vec![object, self.length, self.alloc];
        if let Some(h) = &self.histogram {
            words.extend([0; PAD_WORDS].iter().chain(h));
        }
        words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

/// The space map of every metaslab, whose first `filled[m]` bytes are allocated, with a
/// `histogram` or without.
pub fn plan_space_maps(g: &Geometry, filled: &[u64], histogram: bool) -> Vec<SpaceMapPlan> {
    let mut all = filled.to_vec();
    all.resize(g.ms_count as usize, 0);
    let maps = all.iter().enumerate();
    maps.map(|(m, &f)| plan_one(g, m as u64, f, histogram))
        .collect()
}

/// The histogram of one free run after `alloc` bytes: bucket i counts runs of
/// 2^(i + ashift) bytes; longer runs count 2^excess times in the last bucket.
fn free_histogram(g: &Geometry, alloc: u64) -> [u64; HISTOGRAM_SIZE] {
    let mut h = [0; HISTOGRAM_SIZE];
    let free = (1u64 << g.ms_shift) - alloc;
    if free > 0 {
        let bucket = (free.ilog2() - g.ashift) as usize;
        let last = HISTOGRAM_SIZE - 1;
        h[bucket.min(last)] += 1 << bucket.saturating_sub(last);
    }
    h
}

fn plan_one(g: &Geometry, metaslab: u64, alloc: u64, histogram: bool) -> SpaceMapPlan {
    let units = alloc >> g.ashift;
    let offsets = (0..units).step_by(SM_RUN_MAX as usize);
    let words: Vec<u64> = offsets
        .map(|at| (at << 16) | (units.min(at + SM_RUN_MAX) - at - 1))
        .collect();
    let length = words.len() as u64 * 8;
    let mut block: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    if alloc > 0 {
        block.resize(space_map_block(g) as usize, 0);
    }
    SpaceMapPlan {
        metaslab,
        block,
        length,
        alloc,
        histogram: histogram.then(|| free_histogram(g, alloc)),
    }
}

#[cfg(test)]
mod tests;
