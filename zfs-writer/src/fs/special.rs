//! The ZPL's own objects: master node, SA master node, SA registry and layouts, delete queue.
//! OpenZFS zfs_znode_os.c (`zfs_create_fs`), sa.c (`sa_setup`, `sa_build_layouts`).
use std::collections::BTreeSet;

use crate::dmu::{BlockWriter, Object, ObjectData, ObjsetWriter};
use crate::error::Result;
use crate::phys::DmuType;
use crate::zap::{Zap, ZapValue};
use crate::zpl::{SaLayouts, master_node_entries, sa_master_entries, sa_registry};

/// Object ids of the ZPL's own objects; tree objects start at [`ROOT`]. The layouts ZAP takes
/// the id after the last tree object, because only then are the used layouts known.
pub const MASTER_NODE: u64 = 1;
const SA_MASTER: u64 = 2;
const REGISTRY: u64 = 3;
const DELETE_QUEUE: u64 = 4;
/// The root directory.
pub const ROOT: u64 = 5;

/// Writes objects 1–4 (the layouts ZAP lives at `layouts`).
pub fn write_head(
    w: &mut BlockWriter,
    os: &mut ObjsetWriter,
    layouts: u64,
    salt: &dyn Fn(u64) -> u64,
) -> Result<()> {
    let u64s = |entries: Vec<(String, u64)>| {
        entries
            .into_iter()
            .map(|(n, v)| (n, ZapValue::U64(v)))
            .collect()
    };
    let objects = [
        (
            MASTER_NODE,
            DmuType::MasterNode,
            u64s(master_node_entries(SA_MASTER, ROOT, DELETE_QUEUE)),
        ),
        (
            SA_MASTER,
            DmuType::SaMasterNode,
            u64s(sa_master_entries(REGISTRY, layouts)),
        ),
        (REGISTRY, DmuType::SaAttrRegistration, u64s(sa_registry())),
        (DELETE_QUEUE, DmuType::UnlinkedSet, Vec::new()),
    ];
    for (id, dmu_type, entries) in objects {
        add(w, os, id, zap_object(dmu_type, entries, salt(id)))?;
    }
    Ok(())
}

/// Writes the layouts ZAP with every layout the znodes used.
pub fn write_layouts(
    w: &mut BlockWriter,
    os: &mut ObjsetWriter,
    id: u64,
    layouts: &SaLayouts,
    used: &BTreeSet<u16>,
    salt: u64,
) -> Result<()> {
    let used: Vec<u16> = used.iter().copied().collect();
    let entries = layouts
        .zap_entries(&used)
        .into_iter()
        .map(|(n, attrs)| (n, ZapValue::U16Array(attrs)))
        .collect();
    add(w, os, id, zap_object(DmuType::SaAttrLayouts, entries, salt))
}

fn add(w: &mut BlockWriter, os: &mut ObjsetWriter, id: u64, object: Object) -> Result<()> {
    let top = object.write_blocks(w)?;
    os.add(w, id, &object.dnode(&top))
}

/// A bonus-less ZAP object of `dmu_type`.
pub fn zap_object(dmu_type: DmuType, entries: Vec<(String, ZapValue)>, salt: u64) -> Object {
    let mut zap = Zap::new(salt);
    for (name, value) in entries {
        zap.add(name.as_bytes(), value);
    }
    let encoded = zap.encode();
    let data = ObjectData::Blocks {
        block_size: encoded.block_size,
        blocks: encoded.blocks,
    };
    Object {
        dmu_type,
        bonus_type: DmuType::None,
        bonus: Vec::new(),
        data,
    }
}
