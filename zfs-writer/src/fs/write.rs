//! A dataset's ZPL object set: the ZPL's own objects, then every tree object in id order —
//! file data compressed and checksummed on every core while this thread places the blocks —
//! then the hidden xattr directories and their files, then the SA layouts, then the object
//! set block.
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::thread;

use anvil_tree::{Kind, Source, Tree};

use super::FsPlan;
use super::data::file_block_size;
use super::object::{FsWrite, write_object};
use super::special::{ROOT, write_head, write_layouts};
use super::xattr_object::write_xattr_dir;
use crate::dmu::pipeline::{DataStream, FileData};
use crate::dmu::{BlockSpec, BlockWriter, ObjsetWriter, WrittenObjset};
use crate::error::Result;
use crate::phys::{DmuType, ObjsetType};
use crate::zpl::{SaLayouts, XattrPolicy};

/// Writes `tree` as a ZPL object set created in txg `txg`, its xattrs under `policy`, ZAP
/// salts by object id from `salt`; `progress` hears of every file read.
pub fn write_fs(
    w: &mut BlockWriter,
    tree: &Tree,
    policy: XattrPolicy,
    salt: &dyn Fn(u64) -> u64,
    txg: u64,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<WrittenObjset> {
    let mut plan = FsPlan::new(tree, ROOT)?;
    plan.plan_xattrs(tree, policy)?;
    let layouts = plan.last_id() + 1;
    let files = file_list(tree, &plan);
    let prep = w.preparer(&BlockSpec::data(DmuType::PlainFileContents));
    thread::scope(|scope| {
        let dry = w.is_dry();
        let mut data = DataStream::start(scope, &files, progress, &prep, threads, dry);
        let mut os = ObjsetWriter::new(ObjsetType::Zfs, layouts);
        write_head(w, &mut os, layouts, salt)?;
        let (layouts_table, used) = (SaLayouts::default(), BTreeSet::new());
        let mut fw = FsWrite {
            tree,
            plan: &plan,
            salt,
            txg,
            layouts: layouts_table,
            used,
        };
        for id in ROOT..=plan.max_id() {
            let dn = write_object(w, &mut fw, id, &mut data)?;
            os.add(w, id, &dn)?;
        }
        for dir in &plan.xattr_dirs {
            for (id, dn) in write_xattr_dir(w, &mut fw, dir, &mut data)? {
                os.add(w, id, &dn)?;
            }
        }
        data.finish()?;
        write_layouts(w, &mut os, layouts, &fw.layouts, &fw.used, salt(layouts))?;
        os.finish(w)
    })
}

/// The regular files, then the xattr files, in object order: what the reader thread streams
/// (empty ones too, to find those that are no longer empty).
fn file_list(tree: &Tree, plan: &FsPlan) -> Vec<FileData> {
    let entries = plan.nodes.iter().map(|n| &tree.entries()[n.entry]);
    let files = entries.filter_map(|e| match &e.kind {
        Kind::File { source, size } => Some((source.clone(), source.describe(&e.path), *size)),
        _ => None,
    });
    let xattr_files = plan.xattr_dirs.iter().flat_map(|d| {
        let node = plan.node(d.owner);
        let path = String::from_utf8_lossy(&tree.entries()[node.entry].path).into_owned();
        let x = node
            .xattrs
            .as_ref()
            .expect("xattrs of an xattr directory's owner");
        x.placement.dir.iter().map(move |(name, value)| {
            let shown = PathBuf::from(format!("/{path} (extended attribute {name})"));
            (
                Source::Bytes(value.as_slice().into()),
                shown,
                value.len() as u64,
            )
        })
    });
    let all = files.chain(xattr_files);
    all.map(|(source, shown, size)| FileData {
        source,
        shown,
        size,
        block_size: file_block_size(size),
    })
    .collect()
}
