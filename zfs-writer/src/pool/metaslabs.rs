//! The metaslab array and its space-map objects, the first objects of the MOS tail.
//! OpenZFS module/zfs/vdev.c (`vdev_metaslab_init`: the array holds one space-map object id
//! per metaslab, 0 for a metaslab with none), space_map.c (`space_map_alloc`).
use super::tail::TailPlan;
use crate::dmu::{Object, ObjectData};
use crate::phys::DmuType;
use crate::vdev::{Geometry, SpaceMapPlan, plan_space_maps};

/// The space-map objects (ids after `max_id`) and the metaslab array that lists them.
pub fn tail_objects(
    g: &Geometry,
    plan: &TailPlan,
    max_id: u64,
    array_id: u64,
) -> Vec<(u64, Object)> {
    let mut out = Vec::new();
    let mut array = vec![0u64; g.ms_count as usize];
    let maps = plan_space_maps(g, plan.after.filled(), plan.histogram);
    for (i, map) in maps.into_iter().enumerate() {
        let id = max_id + 1 + i as u64;
        array[map.metaslab as usize] = id;
        out.push((id, space_map_object(id, map)));
    }
    let mut bytes: Vec<u8> = array.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.resize(bytes.len().next_multiple_of(512), 0);
    let data = ObjectData::Blocks {
        block_size: bytes.len() as u32,
        blocks: vec![bytes],
    };
    let bonus = Vec::new();
    out.push((
        array_id,
        Object {
            dmu_type: DmuType::ObjectArray,
            bonus_type: DmuType::None,
            bonus,
            data,
        },
    ));
    out
}

/// The space-map object `id`: its bonus and its one block (none while it is empty).
fn space_map_object(id: u64, map: SpaceMapPlan) -> Object {
    let bonus = map.bonus(id);
    let block_size = map.block.len().max(4096) as u32;
    let blocks = if map.block.is_empty() {
        Vec::new()
    } else {
        vec![map.block]
    };
    Object {
        dmu_type: DmuType::SpaceMap,
        bonus_type: DmuType::SpaceMapHeader,
        bonus,
        data: ObjectData::Blocks { block_size, blocks },
    }
}
