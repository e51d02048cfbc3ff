//! The space maps: one object per metaslab that holds allocations, each saying "allocated"
//! for the single run from the metaslab's start (the bump allocator leaves no gaps).
//! OpenZFS include/sys/space_map.h: one-word entries (prefix 0: offset bits 16–62, type bit
//! 15 = 0 for ALLOC, run − 1 in bits 0–14, units of `1 << ashift` from the metaslab start), and
//! the `SPACE_MAP_SIZE_V0` bonus (`smp_object`, `smp_length`, `smp_alloc`) used while the
//! `spacemap_histogram` feature is off.
use super::Geometry;

/// Longest run one entry describes, in allocation units (`SM_RUN_MAX`).
const SM_RUN_MAX: u64 = 1 << 15;

/// The space map of one metaslab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpaceMapPlan {
    /// Index of the metaslab.
    pub metaslab: u64,
    /// The entries, zero-padded to the object's single block.
    pub block: Vec<u8>,
    /// Bytes of entries (`smp_length`).
    pub length: u64,
    /// Bytes allocated in the metaslab (`smp_alloc`).
    pub alloc: u64,
}

impl SpaceMapPlan {
    /// The 24-byte bonus of the space-map object numbered `object`.
    pub fn bonus(&self, object: u64) -> Vec<u8> {
        [object, self.length, self.alloc]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect()
    }
}

/// The space maps of the metaslabs whose first `filled[m]` bytes are allocated.
pub fn plan_space_maps(g: &Geometry, filled: &[u64]) -> Vec<SpaceMapPlan> {
    let used = filled.iter().enumerate().filter(|(_, f)| **f > 0);
    used.map(|(m, &f)| plan_one(g, m as u64, f)).collect()
}

fn plan_one(g: &Geometry, metaslab: u64, alloc: u64) -> SpaceMapPlan {
    let mut units = alloc >> g.ashift;
    let (mut offset, mut words) = (0u64, Vec::new());
    while units > 0 {
        let run = units.min(SM_RUN_MAX);
        words.push((offset << 16) | (run - 1));
        offset += run;
        units -= run;
    }
    let length = words.len() as u64 * 8;
    let mut block: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    block.resize((length as usize).next_multiple_of(4096).max(4096), 0);
    SpaceMapPlan {
        metaslab,
        block,
        length,
        alloc,
    }
}

#[cfg(test)]
mod tests;
