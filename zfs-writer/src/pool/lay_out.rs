//! The pool laid out into a sink (the image, or nothing for a dry run): the datasets, the
//! MOS, OpenZFS's free-space reserve checked, the uberblock and the labels. Everything is
//! written once, bottom-up; nothing is read back.
use std::path::Path;

use super::config::{ConfigInput, label_config};
use super::datasets::write_datasets;
use super::mos::write_mos;
use super::mos_objects::mos_objects;
use super::options::PoolOptions;
use super::space::check_space;
use super::write::PoolSummary;
use crate::dsl::{VdevZaps, snapshot_txg};
use crate::error::Result;
use crate::phys::Uberblock;
use crate::seed::{draw, guid_seed};
use crate::vdev::{Alloc, Geometry, Sink, write_labels};

/// The txg every block is born in (`TXG_INITIAL`).
pub const TXG_CREATE: u64 = 4;
/// How far the uberblock's txg is past the last one anything was made in: far enough that
/// import does not re-verify the births (`spa_verify_min_txg` = txg − 3; ZFS.md §4).
const SYNC_MARGIN: u64 = 4;

/// The txg of the uberblock: the margin past the births and the last snapshot's txg.
fn txg_sync(opts: &PoolOptions) -> u64 {
    let most = opts.datasets.iter().map(|d| d.snapshots.len()).max();
    snapshot_txg(TXG_CREATE, most.unwrap_or(0).saturating_sub(1)) + SYNC_MARGIN
}

/// Everything written to `sink` at geometry `g`: the datasets, the MOS, the reserve checked,
/// the uberblock and the labels.
pub(super) fn lay_out(
    sink: &Sink,
    opts: &PoolOptions,
    g: &Geometry,
    out: &Path,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<PoolSummary> {
    let mut alloc = Alloc::new(g.allocatable(), opts.ashift, g.ms_shift);
    let datasets = write_datasets(sink, &mut alloc, opts, TXG_CREATE, progress)?;
    let seed = guid_seed(opts, &datasets);
    let (pool_guid, vdev_guid) = (draw(seed, "pool guid", 0), draw(seed, "vdev guid", 0));
    let guids = (pool_guid, vdev_guid);
    let config = |array, zaps| config_input(opts, out, g, guids, (array, zaps));
    let histogram = opts.compatibility.enables("spacemap_histogram");
    let space_maps = if histogram { g.ms_count } else { 0 };
    let mos = mos_objects(opts, (seed, space_maps), &datasets, &config);
    let (rootbp, metaslab_array) = write_mos(sink, &mut alloc, g, TXG_CREATE, opts, mos)?;
    check_space(g, alloc.used())?;
    let guid_sum = pool_guid.wrapping_add(vdev_guid);
    let ub = Uberblock::new(txg_sync(opts), guid_sum, opts.time, rootbp);
    let label = label_config(&config(metaslab_array, None)).pack_xdr();
    write_labels(sink, g, &label, &ub)?;
    let objects = datasets.iter().map(|d| d.objset.blk_fill.get()).sum();
    Ok(PoolSummary {
        size: g.psize,
        allocated: alloc.used(),
        objects,
    })
}

/// What the config nvlists say of this pool.
fn config_input(
    opts: &PoolOptions,
    out: &Path,
    g: &Geometry,
    guids: (u64, u64),
    (metaslab_array, vdev_zaps): (u64, Option<VdevZaps>),
) -> ConfigInput {
    let compat = &opts.compatibility;
    ConfigInput {
        name: opts.name.clone(),
        pool_guid: guids.0,
        vdev_guid: guids.1,
        txg: txg_sync(opts),
        create_txg: TXG_CREATE,
        vdev_type: opts.vdev_type,
        path: format!("/{}", out.file_name().unwrap_or_default().to_string_lossy()),
        metaslab_array,
        metaslab_shift: u64::from(g.ms_shift),
        ashift: u64::from(opts.ashift),
        asize: g.asize,
        compatibility: compat.property().map(str::to_owned),
        features_for_read: compat.features_for_read(),
        vdev_zaps,
    }
}
