//! A dataset's ZPL object set: the ZPL's own objects, then every tree object in id order —
//! file data compressed and checksummed on every core while this thread places the blocks —
//! then the SA layouts, then the object set block.
use std::collections::BTreeSet;
use std::thread;

use anvil_tree::{Kind, Tree};

use super::FsPlan;
use super::data::file_block_size;
use super::object::write_object;
use super::special::{ROOT, write_head, write_layouts};
use crate::dmu::pipeline::{DataStream, FileData};
use crate::dmu::{BlockWriter, ObjsetWriter, WrittenObjset};
use crate::error::Result;
use crate::phys::ObjsetType;

/// Writes `tree` as a ZPL object set created in txg `txg`, ZAP salts by object id from
/// `salt`; `progress`
/// hears of every file read.
pub fn write_fs(
    w: &mut BlockWriter,
    tree: &Tree,
    salt: &dyn Fn(u64) -> u64,
    txg: u64,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<WrittenObjset> {
    let plan = FsPlan::new(tree, ROOT)?;
    let layouts = plan.max_id() + 1;
    let files = file_list(tree, &plan);
    let (compress, ashift) = (w.compress(), w.ashift());
    thread::scope(|scope| {
        let mut data = DataStream::start(scope, &files, progress, compress, ashift, threads);
        let mut os = ObjsetWriter::new(ObjsetType::Zfs, layouts);
        write_head(w, &mut os, layouts, salt)?;
        let mut used = BTreeSet::new();
        for id in ROOT..=plan.max_id() {
            let (dn, l) = write_object(w, tree, &plan, id, &mut data, salt(id), txg)?;
            used.extend(l);
            os.add(w, id, &dn)?;
        }
        data.finish()?;
        write_layouts(w, &mut os, layouts, &used, salt(layouts))?;
        os.finish(w)
    })
}

/// The regular files, in object order: what the reader thread streams (empty ones too, to
/// find those that are no longer empty).
fn file_list(tree: &Tree, plan: &FsPlan) -> Vec<FileData> {
    let entries = plan.nodes.iter().map(|n| &tree.entries()[n.entry]);
    let files = entries.filter_map(|e| match &e.kind {
        Kind::File { source, size } => Some((source.clone(), source.describe(&e.path), *size)),
        _ => None,
    });
    files
        .map(|(source, shown, size)| FileData {
            source,
            shown,
            size,
            block_size: file_block_size(size),
        })
        .collect()
}
