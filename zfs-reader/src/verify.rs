//! The order of work: labels → uberblock → every block → datasets → space maps → tree.
use std::fs::File;
use std::path::Path;

use anvil_tree::Tree;
use zfs_writer::phys::Uberblock;

use crate::blk::Bp;
use crate::error::{Error, Result, corrupt, ensure};
use crate::pool::Pool;
use crate::read_at::{FileImage, ReadAt};
use crate::report::{DatasetReport, Report};
use crate::vdev::{Label, best_uberblock, read_labels};

/// What to verify beyond the pool itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// A dataset (`anvil_pool/ROOT`) whose files must equal this tree.
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
    let mut datasets = Vec::new();
    let mut tree_entries = None;
    for ds in pool.datasets(&mos, &label.name)? {
        let os = pool.open_objset(&ds.bp, &ds.name)?;
        let want = opts
            .tree
            .filter(|(name, _)| *name == ds.name)
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

/// The uberblock belongs to the labels: GUID sum of the root vdev (the pool GUID) and the one
/// leaf, and a txg no older than the labels' (`vdev_validate`, `spa_ld_trusted_config`).
fn check_uberblock(label: &Label, ub: &Uberblock) -> Result<()> {
    let sum = label.pool_guid.wrapping_add(label.guid);
    ensure(ub.ub_guid_sum.get() == sum, "uberblock", || {
        format!(
            "guid sum {:#x} != pool + vdev GUIDs {sum:#x}",
            ub.ub_guid_sum.get()
        )
    })?;
    ensure(label.txg <= ub.ub_txg.get(), "uberblock", || {
        format!(
            "txg {} is older than the labels' {}",
            ub.ub_txg.get(),
            label.txg
        )
    })
}
