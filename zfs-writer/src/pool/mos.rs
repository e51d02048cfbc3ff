//! The MOS, written last and in two passes, because the DSL directories record the MOS's own
//! size and the space maps record every allocation, the MOS's included:
//! 1. the data blocks of every MOS object (ZAPs, nvlists… compressed as usual);
//! 2. the tail, uncompressed so its size is known before it is written: the space maps, the
//!    metaslab array, the dnode blocks, the meta-dnode's indirect blocks and the objset block.
//!
//! The number of space maps depends on where the tail ends, so it is found by iteration.
//! OpenZFS module/zfs/spa.c (`spa_sync`), metaslab.c (`metaslab_sync`), makefs objset.c.
use std::collections::BTreeMap;

use super::PoolOptions;
use super::metaslabs::tail_objects;
use super::tail::{TailPlan, plan_tail};
use crate::dmu::{BlockWriter, Object, ObjsetWriter, Stats, TreeTop};
use crate::dsl::MosDirs;
use crate::error::Result;
use crate::phys::{BlkPtr, ObjsetType};
use crate::vdev::{Alloc, Geometry, Sink};

/// MOS objects as the DSL plan gives them: ids dense from 1, the metaslab array's id reserved.
pub struct MosObjects {
    /// Every object but the metaslab array and the space maps.
    pub objects: Vec<(u64, Object)>,
    /// Id reserved for the metaslab array (the config names it).
    pub metaslab_array: u64,
    /// The directories that account for the MOS's own space, once it is known.
    pub mos_dirs: MosDirs,
}

/// Writes the MOS, its data compressed (lz4: the MOS's `ZIO_COMPRESS_ON`, dmu_objset.c
/// `dmu_objset_open_impl`) and embedded as `opts` say; `$MOS` and the root directory
/// account for its space once the tail is planned.
/// Returns the MOS objset's block pointer and the metaslab array's object id.
pub fn write_mos(
    sink: &Sink,
    alloc: &mut Alloc,
    g: &Geometry,
    birth: u64,
    opts: &PoolOptions,
    mut mos: MosObjects,
) -> Result<(BlkPtr, u64)> {
    let ids = mos.objects.iter().map(|o| o.0);
    let max_id = ids.max().unwrap_or(0).max(mos.metaslab_array);
    let md = opts.metadata_compression();
    let w = BlockWriter::new(sink, alloc, birth, md, md);
    let mut w = w.with_embedded_data(opts.compatibility.enables("embedded_data"));
    let mut tops = BTreeMap::new();
    for (id, object) in &mos.objects {
        tops.insert(*id, object.write_blocks(&mut w)?);
    }
    let data = w.stats;
    let histogram = opts.compatibility.enables("spacemap_histogram");
    let plan = plan_tail(g, alloc, max_id, histogram)?;
    let (asize, psize) = (data.asize + plan.bytes, data.psize + plan.psize);
    let used = Stats {
        asize,
        psize,
        lsize: data.lsize + plan.psize,
    };
    mos.mos_dirs.account(&mut mos.objects, &used);
    let array = mos.metaslab_array;
    let mut raw = BlockWriter::raw(sink, alloc, birth);
    let bp = write_tail(&mut raw, g, &plan, max_id, mos, tops)?;
    assert!(
        *alloc == plan.after,
        "the MOS tail took other space than planned"
    );
    Ok((bp, array))
}

/// Writes the space maps and metaslab array, then every MOS dnode, through the uncompressed
/// writer `raw`.
fn write_tail(
    raw: &mut BlockWriter,
    g: &Geometry,
    plan: &TailPlan,
    max_id: u64,
    last: MosObjects,
    mut tops: BTreeMap<u64, TreeTop>,
) -> Result<BlkPtr> {
    let mut all: BTreeMap<u64, Object> = last.objects.into_iter().collect();
    for (id, object) in tail_objects(g, plan, max_id, last.metaslab_array) {
        tops.insert(id, object.write_blocks(raw)?);
        all.insert(id, object);
    }
    let mut os = ObjsetWriter::new(ObjsetType::Meta, max_id + plan.space_maps, None);
    for (id, object) in &all {
        os.add(raw, *id, &object.dnode(&tops[id]))?;
    }
    Ok(os.finish(raw)?.bp)
}
