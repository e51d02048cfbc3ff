//! The label's copy of the config: OpenZFS module/zfs/vdev_label.c (`vdev_label_init`).
use super::ConfigInput;
use super::parts::{features_for_read, header, leaf};
use crate::nvlist::NvList;

/// The label's nvlist: pool identity, the leaf vdev alone as `vdev_tree`.
pub fn label_config(c: &ConfigInput) -> NvList {
    let mut nv = header(c);
    nv.add_u64("top_guid", c.vdev_guid)
        .add_u64("guid", c.vdev_guid)
        .add_u64("vdev_children", 1);
    nv.add_nvlist("vdev_tree", leaf(c))
        .add_nvlist("features_for_read", features_for_read(c));
    nv
}
