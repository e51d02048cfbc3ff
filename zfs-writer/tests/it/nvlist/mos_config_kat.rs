//! Known answer: the MOS `config` object of the same OpenZFS 2.3.2 pool.
//! Bytes from tests/data/regen-mos-config-nvlist.sh; values as `zdb -dddd` printed them.
//! It covers what the label lacks: a name-only boolean and an nvlist array.
use zfs_writer::nvlist::NvList;

use super::label_kat::{POOL_GUID, disk_vdev, pool_head};
use super::one_pair::assert_same_bytes;

const MOS_CONFIG: &[u8] = include_bytes!("../../data/reference-mos-config.nvlist");

/// The root vdev: `guid` is the pool guid, the disk is its only child.
fn root_vdev() -> NvList {
    let mut disk = disk_vdev();
    disk.add_u64("com.delphix:vdev_zap_leaf", 65)
        .add_u64("com.delphix:vdev_zap_top", 66);
    let mut root = NvList::new();
    root.add_string("type", "root")
        .add_u64("id", 0)
        .add_u64("guid", POOL_GUID)
        .add_u64("create_txg", 4)
        .add_nvlist_array("children", vec![disk]);
    root
}

#[test]
fn mos_config_matches_openzfs_bytes() {
    let mut config = pool_head();
    config
        .add_boolean("com.delphix:has_per_vdev_zaps")
        .add_u64("vdev_children", 1)
        .add_nvlist("vdev_tree", root_vdev())
        .add_nvlist("features_for_read", NvList::new());
    assert_eq!(config.packed_size(), MOS_CONFIG.len());
    assert_same_bytes(&config.pack_xdr(), MOS_CONFIG);
}
