//! An object set written as a stream: dnodes arrive in object-id order and fill dnode blocks,
//! which go through the meta-dnode's block tree; `finish` writes the `objset_phys_t`.
//! OpenZFS module/zfs/dmu_objset.c (`dmu_objset_sync`): the objset block itself is stored
//! uncompressed, and its block pointer's fill counts the objects in the set (not the
//! accounting objects -1, -2 and -3, which live in the objset block itself).
use zerocopy::IntoBytes;

use super::dnode_block::{DnodeBlock, meta_dnode};
use super::shape::dnode_blocks;
use super::{BlockSpec, BlockTree, BlockWriter, UserAccounting, prepare};
use crate::compress::Compression;
use crate::error::Result;
use crate::phys::{
    BlkPtr, DN_MAX_NBLKPTR, DNODES_PER_BLOCK, DmuType, DnodePhys, ObjsetPhys, ObjsetType,
};

/// Streams one object set's dnodes to disk.
#[derive(Debug)]
pub struct ObjsetWriter {
    os_type: ObjsetType,
    tree: BlockTree,
    block: DnodeBlock,
    last_id: u64,
    accounting: Option<UserAccounting>,
}

/// A written object set: the pointer its parent (dataset or uberblock) keeps.
#[derive(Debug)]
pub struct WrittenObjset {
    /// The `objset_phys_t` block.
    pub bp: BlkPtr,
    /// Objects allocated in it.
    pub objects: u64,
}

impl ObjsetWriter {
    /// An object set whose highest object id will be `max_id`, with user accounting when
    /// `accounting` is given.
    pub fn new(
        os_type: ObjsetType,
        max_id: u64,
        accounting: Option<UserAccounting>,
    ) -> ObjsetWriter {
        let tree = BlockTree::new(dnode_blocks(max_id), DN_MAX_NBLKPTR, DmuType::Dnode);
        ObjsetWriter {
            os_type,
            tree,
            block: DnodeBlock::new(),
            last_id: 0,
            accounting,
        }
    }

    /// Adds object `id` (above every id added before, at most `max_id`).
    pub fn add(&mut self, w: &mut BlockWriter, id: u64, dn: &DnodePhys) -> Result<()> {
        assert!(id > self.last_id, "object {id} after {}", self.last_id);
        while id / DNODES_PER_BLOCK > self.block.id {
            let bp = self.block.flush(w)?;
            self.tree.push(w, bp)?;
        }
        if let Some(a) = &mut self.accounting {
            let mut dn = dn.clone();
            a.account(&mut dn);
            self.block.put(id, &dn);
        } else {
            self.block.put(id, dn);
        }
        self.last_id = id;
        Ok(())
    }

    /// Writes the last dnode block, the meta-dnode's tree, the accounting ZAPs and the
    /// objset block.
    pub fn finish(mut self, w: &mut BlockWriter) -> Result<WrittenObjset> {
        let bp = self.block.flush(w)?;
        self.tree.push(w, bp)?;
        let top = self.tree.finish(w)?;
        let mut os = ObjsetPhys::new(meta_dnode(&top), self.os_type);
        if let Some(a) = self.accounting {
            a.write(w, &mut os)?;
        }
        let spec = BlockSpec {
            dmu_type: DmuType::Objset,
            level: 0,
            fill: top.fill,
        };
        let raw = prepare(os.as_bytes().to_vec(), Compression::Off, w.ashift(), false);
        let bp = w.place(raw, &spec)?;
        Ok(WrittenObjset {
            bp,
            objects: top.fill,
        })
    }
}
