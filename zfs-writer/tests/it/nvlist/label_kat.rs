//! Known answer: label 0's config nvlist from a vdev written by OpenZFS 2.3.2.
//! Bytes from tests/data/regen-label-nvlist.sh; values as `zdb -l` printed them.
use zfs_writer::nvlist::NvList;

use super::one_pair::assert_same_bytes;

const LABEL0: &[u8] = include_bytes!("../../data/reference-label0.nvlist");
pub(super) const POOL_GUID: u64 = 53937034456109553;
const VDEV_GUID: u64 = 16325031815384108192;

/// The leaf (and top-level) disk vdev, in the order `vdev_config_generate` adds keys.
pub(super) fn disk_vdev() -> NvList {
    let mut vdev = NvList::new();
    vdev.add_string("type", "disk")
        .add_u64("id", 0)
        .add_u64("guid", VDEV_GUID)
        .add_string("path", "/dev/vda1")
        .add_u64("whole_disk", 1)
        .add_u64("metaslab_array", 67)
        .add_u64("metaslab_shift", 24)
        .add_u64("ashift", 12)
        .add_u64("asize", 253231104)
        .add_u64("is_log", 0)
        .add_u64("create_txg", 4);
    vdev
}

/// The pool keys both configs start with (`spa_config_generate`), up to `hostname`.
pub(super) fn pool_head() -> NvList {
    let mut config = NvList::new();
    config
        .add_u64("version", 5000)
        .add_string("name", "anvil_pool")
        .add_u64("state", 1)
        .add_u64("txg", 23)
        .add_u64("pool_guid", POOL_GUID)
        .add_u64("errata", 0)
        .add_string("hostname", "judge");
    config
}

#[test]
fn label0_config_matches_openzfs_bytes() {
    let mut config = pool_head();
    config
        .add_u64("top_guid", VDEV_GUID)
        .add_u64("guid", VDEV_GUID)
        .add_u64("vdev_children", 1)
        .add_nvlist("vdev_tree", disk_vdev())
        .add_nvlist("features_for_read", NvList::new());
    assert_eq!(config.packed_size(), LABEL0.len());
    assert_same_bytes(&config.pack_xdr(), LABEL0);
}
