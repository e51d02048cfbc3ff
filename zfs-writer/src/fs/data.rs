//! The data blocks of a znode: a directory's ZAP, a file's blocks from the data pipeline, or
//! nothing (symlinks, fifos, devices: one 512-byte hole, as `zfs_mknode` leaves them).
use anvil_tree::{Kind, Tree};

use super::FsNode;
use super::znode::kind_of;
use crate::dmu::pipeline::DataStream;
use crate::dmu::{BlockSpec, BlockTree, BlockWriter, Prepared, TreeTop};
use crate::error::Result;
use crate::phys::{DmuType, SPA_MINBLOCKSIZE, SPA_OLD_MAXBLOCKSIZE};
use crate::zap::{Zap, ZapValue};
use crate::zpl::dirent;

/// Largest file block (`recordsize` 128 KiB, `SPA_OLD_MAXBLOCKSIZE`).
pub const RECORDSIZE: u64 = SPA_OLD_MAXBLOCKSIZE as u64;

/// The object type, block size and finished block tree of a znode's data.
pub type Data = (DmuType, u32, TreeTop);

/// A file's block size: one block of whole sectors up to the record size, else records.
pub fn file_block_size(size: u64) -> u32 {
    if size <= RECORDSIZE {
        let min = SPA_MINBLOCKSIZE as u64;
        size.next_multiple_of(min).max(min) as u32
    } else {
        RECORDSIZE as u32
    }
}

/// A directory's entries as a ZAP of `dirent` values.
pub fn directory(w: &mut BlockWriter, tree: &Tree, node: &FsNode, salt: u64) -> Result<Data> {
    let mut zap = Zap::new(salt);
    for (name, child, index) in &node.children {
        let kind = kind_of(&tree.entries()[*index].kind);
        zap.add(name, ZapValue::U64(dirent(&kind, *child)));
    }
    directory_zap(w, zap)
}

/// A directory ZAP's blocks under a one-pointer dnode.
pub fn directory_zap(w: &mut BlockWriter, zap: Zap) -> Result<Data> {
    let encoded = zap.encode();
    let dmu_type = DmuType::DirectoryContents;
    let mut blocks = encoded.blocks.into_iter();
    let top = place_all(w, dmu_type, blocks.len() as u64, &mut |w| {
        let block = blocks.next().expect("one block per count");
        Ok(w.preparer(&BlockSpec::data(dmu_type))(block))
    })?;
    Ok((dmu_type, encoded.block_size, top))
}

/// A regular file: its blocks, prepared on the worker threads, placed here in order.
pub fn file(w: &mut BlockWriter, size: u64, data: &mut DataStream) -> Result<Data> {
    let (dmu_type, block_size) = (DmuType::PlainFileContents, file_block_size(size));
    let blocks = size.div_ceil(u64::from(block_size));
    let top = place_all(w, dmu_type, blocks, &mut |_| data.next_block())?;
    Ok((dmu_type, block_size, top))
}

/// Places `count` level-0 blocks of `dmu_type`, each from `next`, under a one-pointer dnode.
fn place_all(
    w: &mut BlockWriter,
    dmu_type: DmuType,
    count: u64,
    next: &mut dyn FnMut(&mut BlockWriter) -> Result<Prepared>,
) -> Result<TreeTop> {
    let mut top = BlockTree::new(count, 1, dmu_type);
    for _ in 0..count {
        let block = next(w)?;
        let bp = w.place(block, &BlockSpec::data(dmu_type))?;
        top.push(w, bp)?;
    }
    top.finish(w)
}

/// The data of any znode.
pub fn data_of(
    w: &mut BlockWriter,
    tree: &Tree,
    node: &FsNode,
    data: &mut DataStream,
    salt: u64,
) -> Result<Data> {
    match &tree.entries()[node.entry].kind {
        Kind::Dir => directory(w, tree, node, salt),
        Kind::File { size, .. } => file(w, *size, data),
        _ => {
            let dmu_type = DmuType::PlainFileContents;
            Ok((
                dmu_type,
                SPA_MINBLOCKSIZE as u32,
                BlockTree::new(0, 1, dmu_type).finish(w)?,
            ))
        }
    }
}
