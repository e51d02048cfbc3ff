//! The MOS `config` object: OpenZFS module/zfs/spa_config.c (`spa_config_generate`), vdev.c
//! (`vdev_construct_zaps`: per-vdev ZAPs named in the vdev tree).
use super::ConfigInput;
use super::parts::{features_for_read, header, leaf};
use crate::nvlist::NvList;

/// The MOS `config` object: the same pool identity with the whole tree under a root vdev.
pub fn mos_config(c: &ConfigInput) -> NvList {
    let mut nv = header(c);
    if c.vdev_zaps.is_some() {
        nv.add_boolean("com.delphix:has_per_vdev_zaps");
    }
    let mut root = NvList::new();
    root.add_string("type", "root")
        .add_u64("id", 0)
        .add_u64("guid", c.pool_guid);
    root.add_u64("create_txg", c.create_txg);
    if let Some(id) = c.vdev_zaps.and_then(|z| z.root) {
        root.add_u64("com.klarasystems:vdev_zap_root", id);
    }
    let mut child = leaf(c);
    if let Some(z) = c.vdev_zaps {
        child
            .add_u64("com.delphix:vdev_zap_leaf", z.leaf)
            .add_u64("com.delphix:vdev_zap_top", z.top);
    }
    root.add_nvlist_array("children", vec![child]);
    nv.add_u64("vdev_children", 1).add_nvlist("vdev_tree", root);
    nv.add_nvlist("features_for_read", features_for_read(c));
    nv
}
