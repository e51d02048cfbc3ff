//! Options → [`Tree`]: walk, map owners, apply the spec, clamp times, flatten.
use std::path::PathBuf;

use crate::entry::Kind;
use crate::error::Result;
use crate::flatten::flatten;
use crate::input;
use crate::meta::{Meta, Time};
use crate::node::Node;
use crate::spec::{self, Addition};
use crate::tree::Tree;

/// Where a tree comes from and how it is adjusted.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Host directory, or tar archive (plain, gzip, zstd or xz), whose contents become the
    /// image's root; `None` starts from an empty root.
    pub root: Option<PathBuf>,
    /// Where a compressed archive's decompressed stream is spooled (an unnamed file, gone
    /// when the process ends); `None` is the system's temporary directory.
    pub spool_dir: Option<PathBuf>,
    /// A `gen_init_cpio`-style spec applied after the walk; its entries win.
    pub spec: Option<PathBuf>,
    /// Entries added after the spec, in memory; theirs win.
    pub add: Vec<Addition>,
    /// Map every walked owner to 0:0 (spec lines keep the ids they state).
    pub all_root: bool,
    /// `SOURCE_DATE_EPOCH`: later times are clamped to it; entries with no source time get it.
    pub source_date_epoch: Option<i64>,
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
        Some(dir) => input::read(dir, opts.spool_dir.as_deref(), implicit, &mut warnings)?,
        None => Node::leaf(Kind::Dir, implicit, None),
    };
    if opts.all_root {
        root.for_each_mut(&mut |n| (n.meta.uid, n.meta.gid) = (0, 0));
    }
    if let Some(file) = &opts.spec {
        spec::apply_file(&mut root, file, implicit)?;
    }
    spec::apply_additions(&mut root, &opts.add, implicit)?;
    if let Some(epoch) = opts.source_date_epoch {
        let limit = Time {
            sec: epoch,
            nsec: 0,
        };
        root.for_each_mut(&mut |n| n.meta.mtime = n.meta.mtime.min(limit));
    }
    let (entries, link_sizes) = flatten(root);
    Ok(Tree::new(entries, link_sizes, warnings))
}
