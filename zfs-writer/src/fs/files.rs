//! The files the data pipeline streams, in object order: the regular files, then the xattr
//! files of the hidden xattr directories.
use std::path::PathBuf;

use anvil_tree::{Kind, Source, Tree};

use super::FsPlan;
use super::data::file_block_size;
use crate::dmu::pipeline::FileData;

/// The regular files, then the xattr files, in object order: what the reader thread streams
/// (empty ones too, to find those that are no longer empty).
pub fn file_list(tree: &Tree, plan: &FsPlan) -> Vec<FileData> {
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
