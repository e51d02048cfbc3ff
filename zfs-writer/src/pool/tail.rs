//! The MOS tail's size, found at the fixed point where the space maps cover the end of the
//! tail itself. Every tail block is stored uncompressed so its size is known in advance.
use crate::vdev::{Geometry, plan_space_maps, touched_metaslabs};

/// Bytes of a dnode block, of an indirect block and of an objset block.
const DNODE_BLOCK: u64 = 16 << 10;
const INDIRECT: u64 = 128 << 10;
const OBJSET: u64 = 4 << 10;

/// Where the MOS tail ends and how many space maps it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TailPlan {
    /// Space-map objects (one per touched metaslab).
    pub space_maps: u64,
    /// Bytes the tail allocates.
    pub bytes: u64,
    /// Bytes the tail stores (no compression: logical = physical).
    pub psize: u64,
    /// Allocation end after the tail: the space maps describe `[0, end)`.
    pub end: u64,
}

/// The tail after `used` bytes are allocated, for MOS objects up to `max_id` before it:
/// iterates "the tail for space maps up to `end`" until `end` stops moving (it only grows).
pub fn plan_tail(g: &Geometry, used: u64, max_id: u64) -> TailPlan {
    let mut end = used;
    loop {
        let (bytes, psize) = tail_bytes(g, end, max_id);
        if used + bytes == end {
            let space_maps = touched_metaslabs(g, end);
            return TailPlan {
                space_maps,
                bytes,
                psize,
                end,
            };
        }
        end = used + bytes;
    }
}

/// Allocated and stored bytes of the tail if allocation ends at `end`.
fn tail_bytes(g: &Geometry, end: u64, max_id: u64) -> (u64, u64) {
    let round = |n: u64| n.next_multiple_of(1 << g.ashift);
    let maps = plan_space_maps(g, end);
    let sm: Vec<u64> = maps.iter().map(|m| m.block.len() as u64).collect();
    let array = (g.ms_count * 8).next_multiple_of(512);
    let dnode_blocks = (max_id + maps.len() as u64) / 32 + 1;
    let indirect = indirect_blocks(dnode_blocks) * INDIRECT;
    let fixed = dnode_blocks * DNODE_BLOCK + indirect + OBJSET;
    let asize = sm.iter().map(|&b| round(b)).sum::<u64>() + round(array) + round(fixed);
    (asize, sm.iter().sum::<u64>() + array + fixed)
}

/// Indirect blocks above `n` level-0 blocks under a dnode with 3 block pointers.
fn indirect_blocks(n: u64) -> u64 {
    let (mut total, mut level) = (0, n);
    while level > 3 {
        level = level.div_ceil(1024);
        total += level;
    }
    total
}
