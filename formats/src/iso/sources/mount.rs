//! Mount the sources, read the volume as a hadris tree once, and take each file's content.
//! The tree goes; each content keeps the volume (and its file pinned) until it is dropped.
use std::io::Read;

use anvil_tree::{Kind, Tree};
use hadris_fs::Content;
use hadris_fs::sync::{Volume, read_tree};

use super::fs::SourceFs;
use super::read::{Failure, Lazy};
use crate::error::{Result, io_err};

/// The content of every regular file of `tree` that stores an inode (not a later hard-link
/// name), in entry order, read lazily; and the slot that will hold the first read failure.
pub(in crate::iso) fn contents(tree: &Tree) -> Result<(Vec<Content>, Failure)> {
    let entries = tree.entries().iter().enumerate();
    let inodes = entries.filter(|(i, _)| tree.first_name(*i).is_none());
    let files = inodes.filter_map(|(_, e)| match &e.kind {
        Kind::File { source, size } => Some(Lazy {
            source: source.clone(),
            size: *size,
            shown: source.describe(&e.path),
        }),
        _ => None,
    });
    mount(files.collect())
}

/// One content per file of `files`, in order. Empty files are probed now: hadris never
/// reads them, and a host file recorded empty that now has bytes (a `/proc` file) changed.
fn mount(files: Vec<Lazy>) -> Result<(Vec<Content>, Failure)> {
    for f in files.iter().filter(|f| f.size == 0) {
        let mut probe = f.source.open(0).map_err(io_err("reading", &f.shown))?;
        probe
            .read(&mut [0u8; 1])
            .map_err(io_err("reading", &f.shown))?;
    }
    let failure = Failure::default();
    let count = files.len();
    let fs = SourceFs {
        files,
        open: None,
        failure: failure.clone(),
    };
    let volume = Volume::new(fs);
    // Only a broken listing of ours could fail: nothing is read yet.
    let tree = read_tree(&volume, "/").expect("the sources' volume lists");
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let node = tree.get(i.to_string());
        let content = node
            .and_then(|n| n.content())
            .expect("every source is listed");
        out.push(content.clone());
    }
    Ok((out, failure))
}
