//! An object before it is written: types, bonus and contents.
//! OpenZFS module/zfs/dnode.c (`dnode_allocate`: `dn_nblkptr` is what the bonus leaves room
//! for in the `DN_OLD_MAX_BONUSLEN` bytes after the first pointer).
use super::{BlockSpec, BlockTree, BlockWriter, TreeTop, dnode};
use crate::error::Result;
use crate::phys::{
    BLKPTR_SIZE, DN_MAX_NBLKPTR, DN_OLD_MAX_BONUSLEN, DmuType, DnodePhys, SPA_MINBLOCKSIZE,
};

/// One object's type, bonus and contents.
#[derive(Clone, Debug)]
pub struct Object {
    /// Type of the data blocks.
    pub dmu_type: DmuType,
    /// Type of the bonus buffer (`DmuType::None` for no bonus).
    pub bonus_type: DmuType,
    /// The bonus bytes.
    pub bonus: Vec<u8>,
    /// The data blocks.
    pub data: ObjectData,
}

/// The contents of an object.
#[derive(Clone, Debug)]
pub enum ObjectData {
    /// No data: a 512-byte block size and a hole (DSL directories, fifos…).
    Empty,
    /// Blocks of `block_size` bytes each (ZAPs, nvlists, space maps…).
    Blocks {
        /// Bytes per block, a multiple of 512 (a power of two when there are several).
        block_size: u32,
        /// The blocks, each exactly `block_size` long.
        blocks: Vec<Vec<u8>>,
    },
}

impl Object {
    /// Block pointers the dnode holds: 3 when the bonus leaves room, else fewer.
    pub fn nblkptr(&self) -> usize {
        (1 + (DN_OLD_MAX_BONUSLEN - self.bonus.len()) / BLKPTR_SIZE).min(DN_MAX_NBLKPTR)
    }

    /// Bytes per data block.
    pub fn block_size(&self) -> u32 {
        match &self.data {
            ObjectData::Empty => SPA_MINBLOCKSIZE as u32,
            ObjectData::Blocks { block_size, .. } => *block_size,
        }
    }

    /// The data blocks.
    pub fn blocks(&self) -> &[Vec<u8>] {
        match &self.data {
            ObjectData::Empty => &[],
            ObjectData::Blocks { blocks, .. } => blocks,
        }
    }

    /// The dnode of this object once its blocks are written as `top`.
    pub fn dnode(&self, top: &TreeTop) -> DnodePhys {
        dnode(
            self.dmu_type,
            self.bonus_type,
            &self.bonus,
            self.block_size(),
            self.nblkptr(),
            top,
        )
    }

    /// Writes the data blocks through `w` and returns the finished tree.
    pub fn write_blocks(&self, w: &mut BlockWriter) -> Result<TreeTop> {
        let blocks = self.blocks();
        let mut tree = BlockTree::new(blocks.len() as u64, self.nblkptr(), self.dmu_type);
        for block in blocks {
            let spec = BlockSpec {
                dmu_type: self.dmu_type,
                level: 0,
                fill: 1,
            };
            let bp = w.write(block.clone(), &spec)?;
            tree.push(w, bp)?;
        }
        tree.finish(w)
    }
}
