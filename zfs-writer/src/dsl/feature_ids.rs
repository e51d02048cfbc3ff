//! The MOS objects the enabled features add to a new pool, and their ids.
//! OpenZFS module/zfs/zfeature.c (`feature_enable_sync`: `feature_enabled_txg`), bpobj.c
//! (`bpobj_alloc_empty`: the pool's `empty_bpobj`), spa_log_spacemap.c
//! (`spa_generate_syncing_log_sm`: the log-spacemap ZAP), vdev.c (`vdev_construct_zaps`: a
//! ZAP per leaf and top-level vdev, and for the root with `vdev_zaps_v2`, all listed in the
//! `vdev_zap_map`).
use super::ids::Ids;
use crate::feature::Compatibility;

/// The per-vdev ZAPs of the pool's one leaf vdev (also its top-level vdev) and root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VdevZaps {
    /// `com.delphix:vdev_zap_map`: the set of every vdev ZAP.
    pub map: u64,
    /// `com.klarasystems:vdev_zap_root` (with `vdev_zaps_v2`).
    pub root: Option<u64>,
    /// `com.delphix:vdev_zap_leaf`.
    pub leaf: u64,
    /// `com.delphix:vdev_zap_top`.
    pub top: u64,
}

/// Ids of the feature objects a preset needs (`None`: not enabled).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct FeatureIds {
    /// `feature_enabled_txg` (with `enabled_txg`).
    pub enabled_txg: Option<u64>,
    /// `empty_bpobj` (with `empty_bpobj`), shared by the datasets made by `zfs create`.
    pub empty_bpobj: Option<u64>,
    /// `com.delphix:log_spacemap_zap` (with `log_spacemap`): no log yet.
    pub log_spacemap: Option<u64>,
    /// The per-vdev ZAPs (`com.delphix:has_per_vdev_zaps`), made with every feature pool.
    pub vdev: Option<VdevZaps>,
}

impl FeatureIds {
    /// Ids for what `compat` needs, allocated from `ids`.
    pub(super) fn new(ids: &mut Ids, compat: &Compatibility) -> FeatureIds {
        let mut take = |name: &str| compat.enables(name).then(|| ids.id());
        let enabled_txg = take("enabled_txg");
        let empty_bpobj = take("empty_bpobj");
        let log_spacemap = take("log_spacemap");
        let root = take("vdev_zaps_v2");
        let per_vdev = !compat.is_legacy();
        let vdev = per_vdev.then(|| VdevZaps {
            map: ids.id(),
            root,
            leaf: ids.id(),
            top: ids.id(),
        });
        FeatureIds {
            enabled_txg,
            empty_bpobj,
            log_spacemap,
            vdev,
        }
    }
}
