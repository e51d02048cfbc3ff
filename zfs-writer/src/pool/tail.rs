//! The MOS tail's space, reserved before any of it is written, as makefs does (objset.c
//! `objset_write`, vdev.c `vdev_spacemap_write`): the dnode array of every MOS object (one
//! space map per metaslab included), its indirect blocks and the objset block, the metaslab
//! array, then — the last allocations of all — a space-map block for each metaslab that holds
//! allocations, those blocks' own included. The tail is stored as it is, so its size is known
//! before it is written, and the MOS's space is counted once; then the tail is written into
//! the reservation.
use std::collections::BTreeMap;

use super::mos::Objects;
use crate::dmu::{BlockWriter, Object, ObjsetWriter, Reservation, TreeTop};
use crate::error::Result;
use crate::phys::{BlkPtr, DmuType, ObjsetType};
use crate::vdev::{Alloc, Geometry, space_map_block};

/// Reserves the tail of a MOS whose highest object id is `max_id`, with the metaslab `array`.
pub fn reserve_tail(
    g: &Geometry,
    alloc: &mut Alloc,
    max_id: u64,
    array: &Object,
) -> Result<Reservation> {
    let mut r = Reservation::new(alloc);
    r.reserve_objset(alloc, max_id)?;
    r.reserve_object(alloc, array)?;
    let (kind, size) = ((DmuType::SpaceMap, 0), space_map_block(g));
    while r.left(kind) < alloc.holding() {
        r.reserve(alloc, kind, size, 1)?;
    }
    Ok(r)
}

/// Writes the `tail` objects' blocks, then the dnodes of them and of `objects` (whose blocks
/// are written as `tops`), through the writer `raw` into the tail's reservation.
pub fn write_tail(
    raw: &mut BlockWriter,
    max_id: u64,
    (objects, tail): (Objects, Objects),
    mut tops: BTreeMap<u64, TreeTop>,
) -> Result<BlkPtr> {
    let mut all: BTreeMap<u64, Object> = objects.into_iter().collect();
    for (id, object) in tail {
        tops.insert(id, object.write_blocks(raw)?);
        all.insert(id, object);
    }
    let mut os = ObjsetWriter::new(ObjsetType::Meta, max_id, None);
    for (id, object) in &all {
        os.add(raw, *id, &object.dnode(&tops[id]))?;
    }
    Ok(os.finish(raw)?.bp)
}
