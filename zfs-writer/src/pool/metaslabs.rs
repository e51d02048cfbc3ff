//! The MOS tail's own objects: the metaslab array and a space map per metaslab, at ids from
//! `first` — known, but for the space maps' contents, before the tail is laid out.
//! OpenZFS module/zfs/vdev.c (`vdev_metaslab_init`: the array holds one space-map object id
//! per metaslab), space_map.c (`space_map_alloc`); makefs vdev.c (`vdev_spacemap_write`).
use crate::dmu::{Object, ObjectData};
use crate::phys::{DmuType, SPA_MINBLOCKSIZE};
use crate::vdev::{Geometry, SpaceMapPlan, plan_space_maps, space_map_block};

/// The metaslab array: metaslab m's space map is object `first + m`.
pub fn metaslab_array(g: &Geometry, first: u64) -> Object {
    let ids = (0..g.ms_count).map(|m| first + m);
    let mut bytes: Vec<u8> = ids.flat_map(u64::to_le_bytes).collect();
    bytes.resize(bytes.len().next_multiple_of(SPA_MINBLOCKSIZE), 0);
    let data = ObjectData::Blocks {
        block_size: bytes.len() as u32,
        blocks: vec![bytes],
    };
    Object {
        dmu_type: DmuType::ObjectArray,
        bonus_type: DmuType::None,
        bonus: Vec::new(),
        data,
    }
}

/// The space-map objects, ids from `first`, of metaslabs whose first `filled[m]` bytes are
/// allocated.
pub fn space_map_objects(
    g: &Geometry,
    filled: &[u64],
    histogram: bool,
    first: u64,
) -> Vec<(u64, Object)> {
    let maps = plan_space_maps(g, filled, histogram).into_iter();
    let block_size = space_map_block(g) as u32;
    let object = |(id, map)| (id, space_map_object(id, block_size, map));
    (first..).zip(maps).map(object).collect()
}

/// The space-map object `id`: its bonus and its one block (none while it is empty).
fn space_map_object(id: u64, block_size: u32, map: SpaceMapPlan) -> Object {
    let bonus = map.bonus(id);
    let blocks = match map.block.is_empty() {
        true => Vec::new(),
        false => vec![map.block],
    };
    Object {
        dmu_type: DmuType::SpaceMap,
        bonus_type: DmuType::SpaceMapHeader,
        bonus,
        data: ObjectData::Blocks { block_size, blocks },
    }
}
