//! The MOS tail, planned by allocating its blocks on a copy of the allocator: the space maps
//! must describe the allocations of the tail itself, so the plan repeats until the space maps
//! it needs are the ones it allocated. Every tail block is stored uncompressed, so its size is
//! known before it is written; `write_tail` must then allocate exactly the same blocks.
use crate::error::Result;
use crate::phys::{DN_MAX_INDBLKSHIFT, DNODE_BLOCK_SIZE, OBJSET_PHYS_SIZE};
use crate::vdev::{Alloc, Geometry, plan_space_maps};

/// Bytes of a dnode block, of an indirect block and of an objset block.
const DNODE_BLOCK: u64 = DNODE_BLOCK_SIZE as u64;
const INDIRECT: u64 = 1 << DN_MAX_INDBLKSHIFT;
const OBJSET: u64 = OBJSET_PHYS_SIZE as u64;

/// The tail: how many space maps it holds and the allocator once it is written.
#[derive(Clone, Debug)]
pub struct TailPlan {
    /// Space-map objects (one per touched metaslab).
    pub space_maps: u64,
    /// Bytes the tail allocates.
    pub bytes: u64,
    /// Bytes the tail stores (no compression: logical = physical).
    pub psize: u64,
    /// The allocator after the tail: the space maps describe it.
    pub after: Alloc,
    /// Whether every metaslab has a space map with a histogram (`spacemap_histogram`).
    pub histogram: bool,
}

/// The tail after `alloc`'s allocations, for MOS objects up to `max_id` before it.
pub fn plan_tail(g: &Geometry, alloc: &Alloc, max_id: u64, histogram: bool) -> Result<TailPlan> {
    let mut sm_blocks = vec![4096; alloc.filled().len()];
    loop {
        let mut after = alloc.clone();
        let mut psize = 0;
        for size in block_sizes(g, &sm_blocks, max_id) {
            after.alloc(size)?;
            psize += size;
        }
        let maps = plan_space_maps(g, after.filled(), histogram);
        let real: Vec<u64> = maps.iter().map(|m| m.block.len() as u64).collect();
        if real == sm_blocks {
            let (space_maps, bytes) = (real.len() as u64, after.used() - alloc.used());
            return Ok(TailPlan {
                space_maps,
                bytes,
                psize,
                after,
                histogram,
            });
        }
        sm_blocks = real;
    }
}

/// The tail's blocks in the order `write_tail` writes them: space maps, metaslab array, the
/// dnode blocks, the meta-dnode's indirect block (more than 3 dnode blocks), the objset.
fn block_sizes(g: &Geometry, sm_blocks: &[u64], max_id: u64) -> Vec<u64> {
    let mut sizes: Vec<u64> = sm_blocks.iter().copied().filter(|&b| b > 0).collect();
    sizes.push((g.ms_count * 8).next_multiple_of(512));
    let dnode_blocks = (max_id + sm_blocks.len() as u64) / 32 + 1;
    assert!(
        dnode_blocks <= 1024,
        "a MOS of {dnode_blocks} dnode blocks needs a deeper tree"
    );
    sizes.extend(std::iter::repeat_n(DNODE_BLOCK, dnode_blocks as usize));
    if dnode_blocks > 3 {
        sizes.push(INDIRECT);
    }
    sizes.push(OBJSET);
    sizes
}
