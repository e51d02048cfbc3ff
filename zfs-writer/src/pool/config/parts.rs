//! What the label and the MOS config both say: the pool's identity, the leaf vdev and the
//! features a reader needs; key order as OpenZFS 2.3 writes it.
use super::ConfigInput;
use crate::nvlist::NvList;
use crate::phys::SPA_VERSION;
use crate::pool::VdevType;

/// `POOL_STATE_EXPORTED`: importable without `-f` on any host.
const POOL_STATE_EXPORTED: u64 = 1;

/// The active features a reader of the MOS must know, as name-only pairs.
pub(super) fn features_for_read(c: &ConfigInput) -> NvList {
    let mut nv = NvList::new();
    for guid in &c.features_for_read {
        nv.add_boolean(guid);
    }
    nv
}

pub(super) fn header(c: &ConfigInput) -> NvList {
    let mut nv = NvList::new();
    nv.add_u64("version", SPA_VERSION)
        .add_string("name", &c.name);
    nv.add_u64("state", POOL_STATE_EXPORTED)
        .add_u64("txg", c.txg);
    nv.add_u64("pool_guid", c.pool_guid).add_u64("errata", 0);
    if let Some(name) = &c.compatibility {
        nv.add_string("compatibility", name);
    }
    nv
}

pub(super) fn leaf(c: &ConfigInput) -> NvList {
    let mut nv = NvList::new();
    let kind = match c.vdev_type {
        VdevType::File => "file",
        VdevType::Disk => "disk",
    };
    nv.add_string("type", kind)
        .add_u64("id", 0)
        .add_u64("guid", c.vdev_guid);
    nv.add_string("path", &c.path);
    if c.vdev_type == VdevType::Disk {
        nv.add_u64("whole_disk", 0);
    }
    nv.add_u64("metaslab_array", c.metaslab_array)
        .add_u64("metaslab_shift", c.metaslab_shift);
    nv.add_u64("ashift", c.ashift)
        .add_u64("asize", c.asize)
        .add_u64("is_log", 0);
    nv.add_u64("create_txg", c.create_txg);
    nv
}
