//! The order of work: labels → uberblock → every block → datasets → space maps → tree.
use std::fs::File;
use std::path::Path;

use anvil_tree::Tree;

use crate::blk::Bp;
use crate::dmu::Objset;
use crate::error::{Error, Result, corrupt};
use crate::pool::Pool;
use crate::read_at::{FileImage, ReadAt};
use crate::report::{DatasetReport, Report};
use crate::vdev::{best_uberblock, check_uberblock, read_labels};

/// What to verify beyond the pool itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// A dataset whose files must equal this tree: its full name (`anvil_pool/ROOT`) or its
    /// name below the pool (`ROOT`).
    pub tree: Option<(&'a str, &'a Tree)>,
    /// Compare mtimes to the second (for trees from archives that keep no nanoseconds).
    pub mtime_seconds_only: bool,
}

/// Verifies the pool image at `image`.
pub fn verify(image: &Path, opts: &Options) -> Result<Report> {
    let io = |source| Error::Io {
        what: image.display().to_string(),
        source,
    };
    let file = File::open(image).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    verify_source(&FileImage { file, size }, opts)
}

/// Verifies the pool image `src` (a file, or bytes in memory).
pub fn verify_source(src: &dyn ReadAt, opts: &Options) -> Result<Report> {
    let label = read_labels(src)?;
    let ub = best_uberblock(src, label.ashift)?;
    check_uberblock(&label, &ub)?;
    let bound = src.size().saturating_sub(4 << 20);
    let mut pool = Pool::new(src, label.asize.min(bound));
    pool.seconds_only = opts.mtime_seconds_only;
    let rootbp = Bp(ub.ub_rootbp);
    pool.walk_objset(&rootbp, "MOS", true)?;
    let mos = pool.open_objset(&rootbp, "MOS")?;
    pool.check_config(&mos, &label)?;
    let (datasets, tree_entries) = walk_datasets(&pool, &mos, &label.name, opts)?;
    pool.deferred_frees(&mos)?;
    let space = pool.check_space(&mos, &label)?;
    Ok(Report {
        pool: label.name,
        pool_guid: label.pool_guid,
        txg: ub.ub_txg.get(),
        datasets,
        blocks: pool.stats,
        allocated: space.allocated,
        metaslabs: space.metaslabs,
        tree_entries,
    })
}

/// Each head dataset's ZPL walked (and compared with the tree for the one named in `opts`).
fn walk_datasets(
    pool: &Pool,
    mos: &Objset,
    pool_name: &str,
    opts: &Options,
) -> Result<(Vec<DatasetReport>, Option<u64>)> {
    let mut datasets = Vec::new();
    let mut tree_entries = None;
    for ds in pool.datasets(mos, pool_name)? {
        let os = pool.open_objset(&ds.bp, &ds.name)?;
        let below = ds
            .name
            .strip_prefix(pool_name)
            .and_then(|n| n.strip_prefix('/'));
        let want = opts
            .tree
            .filter(|(name, _)| *name == ds.name || Some(*name) == below)
            .map(|(_, t)| t);
        let files = pool.zpl(&os, want)?;
        tree_entries = tree_entries.or(want.map(|_| files));
        datasets.push(DatasetReport {
            name: ds.name,
            objects: ds.bp.fill(),
            files,
        });
    }
    if let Some((name, _)) = opts.tree.filter(|_| tree_entries.is_none()) {
        return Err(corrupt(format!("dataset {name}"), "no such dataset"));
    }
    Ok((datasets, tree_entries))
}
