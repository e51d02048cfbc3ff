//! The pool configuration nvlists: the leaf vdev's label copy and the MOS `config` object.
//! OpenZFS module/zfs/spa_config.c (`spa_config_generate`), vdev_label.c
//! (`vdev_label_init`, `vdev_config_generate`); key order as OpenZFS 2.3 writes it.
use super::VdevType;
use crate::nvlist::NvList;

/// `SPA_VERSION_FEATURES`.
const SPA_VERSION: u64 = 5000;
/// `POOL_STATE_EXPORTED`: importable without `-f` on any host.
const POOL_STATE_EXPORTED: u64 = 1;

/// What the config nvlists say.
#[derive(Clone, Debug)]
pub struct ConfigInput {
    /// Pool name.
    pub name: String,
    /// Pool GUID (the root vdev's GUID too).
    pub pool_guid: u64,
    /// GUID of the one leaf vdev.
    pub vdev_guid: u64,
    /// Txg of the last sync.
    pub txg: u64,
    /// Txg the vdev was created in.
    pub create_txg: u64,
    /// How the vdev is opened.
    pub vdev_type: VdevType,
    /// The path recorded for the vdev (import with `-d` finds it wherever it is).
    pub path: String,
    /// MOS object of the metaslab array.
    pub metaslab_array: u64,
    /// log2 of the metaslab size.
    pub metaslab_shift: u64,
    /// log2 of the allocation unit.
    pub ashift: u64,
    /// Usable bytes of the vdev.
    pub asize: u64,
}

/// The label's nvlist: pool identity, the leaf vdev alone as `vdev_tree`.
pub fn label_config(c: &ConfigInput) -> NvList {
    let mut nv = header(c);
    nv.add_u64("top_guid", c.vdev_guid)
        .add_u64("guid", c.vdev_guid)
        .add_u64("vdev_children", 1);
    nv.add_nvlist("vdev_tree", leaf(c))
        .add_nvlist("features_for_read", NvList::new());
    nv
}

/// The MOS `config` object: the same pool identity with the whole tree under a root vdev.
pub fn mos_config(c: &ConfigInput) -> NvList {
    let mut nv = header(c);
    let mut root = NvList::new();
    root.add_string("type", "root")
        .add_u64("id", 0)
        .add_u64("guid", c.pool_guid);
    root.add_u64("create_txg", c.create_txg)
        .add_nvlist_array("children", vec![leaf(c)]);
    nv.add_u64("vdev_children", 1).add_nvlist("vdev_tree", root);
    nv.add_nvlist("features_for_read", NvList::new());
    nv
}

fn header(c: &ConfigInput) -> NvList {
    let mut nv = NvList::new();
    nv.add_u64("version", SPA_VERSION)
        .add_string("name", &c.name);
    nv.add_u64("state", POOL_STATE_EXPORTED)
        .add_u64("txg", c.txg);
    nv.add_u64("pool_guid", c.pool_guid).add_u64("errata", 0);
    nv
}

fn leaf(c: &ConfigInput) -> NvList {
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
