//! The dnode block being filled: 32 slots of 512 bytes and how many of them are in use.
//! OpenZFS include/sys/dnode.h (`DNODE_BLOCK_SHIFT`), dbuf.c (`dbuf_write_ready`: a dnode
//! block's fill is the number of allocated dnodes in it).
use zerocopy::IntoBytes;

use super::{BlockSpec, BlockWriter, TreeTop, dnode};
use crate::error::Result;
use crate::phys::{
    BlkPtr, DN_MAX_NBLKPTR, DNODE_BLOCK_SIZE, DNODE_SIZE, DNODES_PER_BLOCK, DmuType, DnodePhys,
};

/// The meta-dnode: the dnode array in `DNODE_BLOCK_SIZE` blocks under `top`.
pub fn meta_dnode(top: &TreeTop) -> DnodePhys {
    let size = DNODE_BLOCK_SIZE as u32;
    dnode(
        DmuType::Dnode,
        DmuType::None,
        &[],
        size,
        DN_MAX_NBLKPTR,
        top,
    )
}

/// One dnode block under construction.
#[derive(Debug)]
pub struct DnodeBlock {
    bytes: Vec<u8>,
    /// Block id in the meta-dnode.
    pub id: u64,
    count: u64,
}

impl DnodeBlock {
    /// Block 0, empty.
    pub fn new() -> DnodeBlock {
        DnodeBlock {
            bytes: vec![0; DNODE_BLOCK_SIZE],
            id: 0,
            count: 0,
        }
    }

    /// Puts `dn` in the slot of object `id`, which lies in this block.
    pub fn put(&mut self, id: u64, dn: &DnodePhys) {
        assert_eq!(
            id / DNODES_PER_BLOCK,
            self.id,
            "object {id} is not in dnode block {}",
            self.id
        );
        let slot = (id % DNODES_PER_BLOCK) as usize * DNODE_SIZE;
        self.bytes[slot..slot + DNODE_SIZE].copy_from_slice(dn.as_bytes());
        self.count += 1;
    }

    /// Writes the block (an empty one is a hole) and moves on to the next block id.
    pub fn flush(&mut self, w: &mut BlockWriter) -> Result<BlkPtr> {
        let fill = std::mem::take(&mut self.count);
        self.id += 1;
        if fill == 0 {
            return Ok(BlkPtr::default());
        }
        let data = std::mem::replace(&mut self.bytes, vec![0; DNODE_BLOCK_SIZE]);
        w.write(
            data,
            &BlockSpec {
                dmu_type: DmuType::Dnode,
                level: 0,
                fill,
            },
        )
    }
}
