//! Options → [`Tree`]: walk, map owners, apply the spec, clamp times, flatten.
use std::path::PathBuf;

use crate::entry::{Entry, Kind, Meta, Time};
use crate::error::Result;
use crate::flatten::flatten;
use crate::node::Node;
use crate::{spec, walk};

/// Where a tree comes from and how it is adjusted.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Host directory whose contents become the image's root; `None` starts from an empty root.
    pub root: Option<PathBuf>,
    /// A `gen_init_cpio`-style spec applied after the walk; its entries win.
    pub spec: Option<PathBuf>,
    /// Map every walked owner to 0:0 (spec lines keep the ids they state).
    pub all_root: bool,
    /// `SOURCE_DATE_EPOCH`: later times are clamped to it; entries with no source time get it.
    pub source_date_epoch: Option<i64>,
}

/// The loaded tree: entries in writing order and hard-link groups.
#[derive(Clone, Debug)]
pub struct Tree {
    entries: Vec<Entry>,
    link_sizes: Vec<u32>,
    warnings: Vec<String>,
}

/// Loads the tree `opts` describes. Only metadata is read; file bytes stay on the host.
pub fn load(opts: &Options) -> Result<Tree> {
    let time = Time {
        sec: opts.source_date_epoch.unwrap_or(0),
        nsec: 0,
    };
    let implicit = Meta {
        mode: 0o755,
        uid: 0,
        gid: 0,
        mtime: time,
    };
    let mut warnings = Vec::new();
    let mut root = match &opts.root {
        Some(dir) => walk::walk(dir, &mut warnings)?,
        None => Node::leaf(Kind::Dir, implicit, None),
    };
    if opts.all_root {
        root.for_each_mut(&mut |n| (n.meta.uid, n.meta.gid) = (0, 0));
    }
    if let Some(file) = &opts.spec {
        spec::apply_file(&mut root, file, implicit)?;
    }
    if let Some(epoch) = opts.source_date_epoch {
        let limit = Time {
            sec: epoch,
            nsec: 0,
        };
        root.for_each_mut(&mut |n| n.meta.mtime = n.meta.mtime.min(limit));
    }
    let (entries, link_sizes) = flatten(root);
    Ok(Tree {
        entries,
        link_sizes,
        warnings,
    })
}

impl Tree {
    /// Every entry, the root (empty path) first, parents before children.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries share hard-link group `id`.
    pub fn link_count(&self, id: u32) -> u32 {
        self.link_sizes[id as usize]
    }

    /// Things skipped or adjusted while loading (sockets in the walk…).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Bytes of regular-file data, each hard-linked inode counted once.
    pub fn file_bytes(&self) -> u64 {
        let mut seen = vec![false; self.link_sizes.len()];
        let mut total = 0;
        for e in &self.entries {
            if let Kind::File { size, .. } = e.kind {
                let first = e
                    .link
                    .is_none_or(|id| !std::mem::replace(&mut seen[id as usize], true));
                total += if first { size } else { 0 };
            }
        }
        total
    }
}
