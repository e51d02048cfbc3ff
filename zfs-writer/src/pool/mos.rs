//! The MOS, written last and in two steps, because the DSL directories record the MOS's own
//! size and the space maps record every allocation, the MOS's included:
//! 1. the data blocks of every MOS object (ZAPs, nvlists… compressed as usual);
//! 2. the tail — space maps, metaslab array, dnode blocks, the meta-dnode's indirect blocks
//!    and the objset block — whose space `reserve_tail` sets aside first. The MOS's space is
//!    then known: it goes to `$MOS` once, and the tail is written into its reservation.
//!
//! OpenZFS module/zfs/spa.c (`spa_sync`), metaslab.c (`metaslab_sync`); makefs objset.c
//! (`objset_write`).
use std::collections::BTreeMap;

use super::PoolOptions;
use super::metaslabs::{metaslab_array, space_map_objects};
use super::tail::{reserve_tail, write_tail};
use crate::dmu::{BlockWriter, Object, Stats, TreeTop};
use crate::dsl::MosDirs;
use crate::error::Result;
use crate::phys::BlkPtr;
use crate::vdev::{Alloc, Geometry, Sink};

/// Objects with their ids, in id order.
pub type Objects = Vec<(u64, Object)>;

/// MOS objects as the DSL plan gives them: ids dense from 1, the metaslab array's id reserved.
pub struct MosObjects {
    /// Every object but the metaslab array and the space maps.
    pub objects: Objects,
    /// Id reserved for the metaslab array (the config names it).
    pub metaslab_array: u64,
    /// The directories that account for the MOS's own space, once it is known.
    pub mos_dirs: MosDirs,
}

/// Writes the MOS, its data compressed (lz4: the MOS's `ZIO_COMPRESS_ON`, dmu_objset.c
/// `dmu_objset_open_impl`) and embedded as `opts` say, its tail into the space reserved for
/// it. Returns the MOS objset's block pointer and the metaslab array's object id.
pub fn write_mos(
    sink: &Sink,
    alloc: &mut Alloc,
    g: &Geometry,
    birth: u64,
    opts: &PoolOptions,
    mut mos: MosObjects,
) -> Result<(BlkPtr, u64)> {
    let ids = mos.objects.iter().map(|o| o.0);
    let first_map = ids.max().unwrap_or(0).max(mos.metaslab_array) + 1;
    let max_id = first_map + g.ms_count - 1;
    let (tops, data) = write_data(sink, alloc, birth, opts, &mos.objects)?;
    let array = metaslab_array(g, first_map);
    let mut r = reserve_tail(g, alloc, max_id, &array)?;
    mos.mos_dirs.account(&mut mos.objects, &(data + r.stats));
    let histogram = opts.compatibility.enables("spacemap_histogram");
    let mut tail = space_map_objects(g, alloc.filled(), histogram, first_map);
    tail.push((mos.metaslab_array, array));
    let reserved = r.stats;
    let mut raw = BlockWriter::reserved(sink, &mut r, birth);
    let bp = write_tail(&mut raw, max_id, (mos.objects, tail), tops)?;
    let written = raw.stats;
    assert!(
        written == reserved && r.is_used_up(),
        "the MOS tail took other space than reserved"
    );
    Ok((bp, mos.metaslab_array))
}

/// Writes the data blocks of `objects`, compressed and embedded as `opts` say; returns their
/// trees and the bytes they took.
fn write_data(
    sink: &Sink,
    alloc: &mut Alloc,
    birth: u64,
    opts: &PoolOptions,
    objects: &[(u64, Object)],
) -> Result<(BTreeMap<u64, TreeTop>, Stats)> {
    let md = opts.metadata_compression();
    let w = BlockWriter::new(sink, alloc, birth, md, md);
    let mut w = w.with_embedded_data(opts.compatibility.enables("embedded_data"));
    let mut tops = BTreeMap::new();
    for (id, object) in objects {
        tops.insert(*id, object.write_blocks(&mut w)?);
    }
    Ok((tops, w.stats))
}
