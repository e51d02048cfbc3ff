//! What a block tree and an object set will write, known before they write it — what a
//! [`Reservation`] sets aside for them. OpenZFS module/zfs/dnode.c (`dnode_new_blkid`: a level
//! more each time the top pointers cannot reach the last block), dbuf.c (an indirect block
//! per `BLKPTRS_PER_INDIRECT` pointers below it), dmu_objset.c (`dmu_objset_sync`); makefs
//! objset.c (`objset_write` allocates the MOS's dnode blocks before its space maps).
//! Every block counted here is stored as it is: no hole, no compression, none embedded.
use super::{Object, Reservation};
use crate::error::Result;
use crate::phys::{
    BLKPTRS_PER_INDIRECT, DN_MAX_INDBLKSHIFT, DN_MAX_NBLKPTR, DNODE_BLOCK_SIZE, DNODES_PER_BLOCK,
    DmuType, OBJSET_PHYS_SIZE,
};
use crate::vdev::Alloc;

/// Levels, data included, of a tree of `nblocks` data blocks under `nblkptr` pointers.
pub fn nlevels(nblocks: u64, nblkptr: usize) -> usize {
    let (mut nlevels, mut reach) = (1, nblkptr as u64);
    while reach < nblocks {
        reach = reach.saturating_mul(BLKPTRS_PER_INDIRECT);
        nlevels += 1;
    }
    nlevels
}

/// The indirect blocks of that tree as (level, count), from level 1 up.
pub fn indirect_blocks(nblocks: u64, nblkptr: usize) -> Vec<(u8, u64)> {
    let mut below = nblocks;
    let levels = 1..nlevels(nblocks, nblkptr) as u8;
    levels
        .map(|level| {
            below = below.div_ceil(BLKPTRS_PER_INDIRECT);
            (level, below)
        })
        .collect()
}

/// Blocks of the dnode array of an object set whose highest object id is `max_id`.
pub fn dnode_blocks(max_id: u64) -> u64 {
    max_id / DNODES_PER_BLOCK + 1
}

impl Reservation {
    /// Reserves what an object set of objects 1 to `max_id`, all present and with no user
    /// accounting, writes besides its objects' blocks: the dnode blocks, the meta-dnode's
    /// indirect blocks and the objset block.
    pub fn reserve_objset(&mut self, alloc: &mut Alloc, max_id: u64) -> Result<()> {
        let dnodes = (DNODE_BLOCK_SIZE as u64, dnode_blocks(max_id));
        self.reserve_tree(alloc, DmuType::Dnode, dnodes, DN_MAX_NBLKPTR)?;
        self.reserve(alloc, (DmuType::Objset, 0), OBJSET_PHYS_SIZE as u64, 1)
    }

    /// Reserves the blocks `object.write_blocks` writes through a writer that stores them as
    /// they are: its data blocks and their indirect blocks.
    pub fn reserve_object(&mut self, alloc: &mut Alloc, object: &Object) -> Result<()> {
        let data = (u64::from(object.block_size()), object.blocks().len() as u64);
        self.reserve_tree(alloc, object.dmu_type, data, object.nblkptr())
    }

    /// Reserves `count` data blocks of `size` bytes and the indirect blocks above them under
    /// `nblkptr` pointers.
    fn reserve_tree(
        &mut self,
        alloc: &mut Alloc,
        dmu_type: DmuType,
        (size, count): (u64, u64),
        nblkptr: usize,
    ) -> Result<()> {
        self.reserve(alloc, (dmu_type, 0), size, count)?;
        for (level, n) in indirect_blocks(count, nblkptr) {
            self.reserve(alloc, (dmu_type, level), 1 << DN_MAX_INDBLKSHIFT, n)?;
        }
        Ok(())
    }
}
