//! Level-0 block pointers, in block-id order → indirect blocks → the dnode's top pointers.
//! OpenZFS module/zfs/dbuf.c (`dbuf_write_ready`: an indirect block's fill is the sum of its
//! children's `BP_GET_FILL`, 1 for an embedded pointer; `dn_used` adds their dsize, 0 for
//! one), include/sys/dnode.h (`DN_MAX_INDBLKSHIFT`: 1024 pointers per block).
//! Memory stays at one indirect block per level, whatever the object's size.
use zerocopy::IntoBytes;

use super::shape::nlevels;
use super::{BlockSpec, BlockWriter, TreeTop};
use crate::error::Result;
use crate::phys::{BLKPTR_SIZE, BLKPTRS_PER_INDIRECT, BlkPtr, DN_MAX_INDBLKSHIFT, DmuType};

/// Block pointers in one indirect block.
const PER_INDIRECT: usize = BLKPTRS_PER_INDIRECT as usize;

/// Builds an object's block tree as its data blocks arrive.
#[derive(Debug)]
pub struct BlockTree {
    dmu_type: DmuType,
    nblkptr: usize,
    /// `levels[i]`: pointers to level-i blocks waiting for their level-(i+1) parent.
    levels: Vec<Vec<BlkPtr>>,
    count: u64,
    used: u64,
}

impl BlockTree {
    /// A tree for `nblocks` data blocks of `dmu_type` under a dnode with `nblkptr` pointers.
    pub fn new(nblocks: u64, nblkptr: usize, dmu_type: DmuType) -> BlockTree {
        let levels = vec![Vec::new(); nlevels(nblocks, nblkptr)];
        BlockTree {
            dmu_type,
            nblkptr,
            levels,
            count: 0,
            used: 0,
        }
    }

    /// Adds the pointer to the next data block (a hole is the zero pointer).
    pub fn push(&mut self, w: &mut BlockWriter, bp: BlkPtr) -> Result<()> {
        self.count += 1;
        self.add(w, 0, bp)
    }

    /// Writes the partial indirect blocks and returns the dnode's view of the tree.
    pub fn finish(mut self, w: &mut BlockWriter) -> Result<TreeTop> {
        let top = self.levels.len() - 1;
        for level in 0..top {
            if !self.levels[level].is_empty() {
                self.flush(w, level)?;
            }
        }
        let blkptrs = std::mem::take(&mut self.levels[top]);
        assert!(
            blkptrs.len() <= self.nblkptr,
            "tree sized for fewer blocks than pushed"
        );
        let fill = blkptrs.iter().map(BlkPtr::fill).sum();
        let maxblkid = self.count.saturating_sub(1);
        Ok(TreeTop {
            nlevels: self.levels.len() as u8,
            blkptrs,
            maxblkid,
            used: self.used,
            fill,
        })
    }

    fn add(&mut self, w: &mut BlockWriter, level: usize, bp: BlkPtr) -> Result<()> {
        self.used += bp.asize();
        self.levels[level].push(bp);
        if level + 1 < self.levels.len() && self.levels[level].len() == PER_INDIRECT {
            self.flush(w, level)?;
        }
        Ok(())
    }

    fn flush(&mut self, w: &mut BlockWriter, level: usize) -> Result<()> {
        let children = std::mem::take(&mut self.levels[level]);
        let fill = children.iter().map(BlkPtr::fill).sum();
        let mut data = vec![0u8; 1 << DN_MAX_INDBLKSHIFT];
        for (slot, bp) in data.chunks_exact_mut(BLKPTR_SIZE).zip(&children) {
            slot.copy_from_slice(bp.as_bytes());
        }
        let spec = BlockSpec {
            dmu_type: self.dmu_type,
            level: level as u8 + 1,
            fill,
        };
        let bp = w.write(data, &spec)?;
        self.add(w, level + 1, bp)
    }
}
