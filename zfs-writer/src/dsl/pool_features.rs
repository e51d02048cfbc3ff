//! What the enabled features put in the MOS: the feature ZAPs with every feature's state,
//! the shared empty bpobj, the (empty) log-spacemap ZAP, the per-vdev ZAPs and their map.
//! OpenZFS module/zfs/spa.c (`spa_create`), zfeature.c, bpobj.c (`bpobj_alloc_empty`),
//! spa_log_spacemap.c, vdev.c (`vdev_construct_zaps`), include/sys/dmu.h (`DMU_POOL_*`).
use super::builder::Mos;
use super::features::{FeatureZapIds, feature_objects};
use super::lists::{BPOBJ_BLOCK_SIZE, empty_bpobj};
use super::zaps::{int_set, zap_object};
use crate::feature::{FeatureState, Usage, feature_states};
use crate::phys::DmuType;
use crate::zap::Zap;

impl Mos<'_> {
    /// Every enabled feature's state once this plan's objects exist.
    pub(super) fn feature_states(&self) -> Vec<FeatureState> {
        let (input, lay) = (self.input, &self.lay);
        let mut per_dataset = Vec::new();
        for (i, d) in input.datasets.iter().enumerate() {
            let features = input.compat.dataset_features(i > 0, d.zstd);
            per_dataset.extend(std::iter::repeat_n(features, 1 + d.snapshots.len()));
        }
        let heads = lay.heads.iter().map(|(_, h)| h.bpobj);
        let taken = lay
            .taken
            .iter()
            .flatten()
            .flat_map(|t| t.bpobjs.iter().copied());
        let shared = heads
            .chain(taken)
            .filter(|&b| Some(b) == lay.extra.empty_bpobj);
        let dirs = (0..input.datasets.len()).filter(|&i| self.snapshots_changed(i).is_some());
        let usage = Usage {
            space_maps: input.space_maps,
            empty_bpobj_refs: shared.count() as u64,
            per_dataset,
            zapified_dirs: dirs.count() as u64,
        };
        feature_states(&input.compat, input.create_txg, &usage)
    }

    /// Puts the feature ZAPs and the objects the features need.
    pub(super) fn put_features(&mut self) {
        let extra = self.lay.extra;
        let ids = FeatureZapIds {
            zaps: self.lay.features,
            enabled_txg: extra.enabled_txg,
        };
        let states = self.feature_states();
        for (id, object) in feature_objects(&ids, &states, |id| self.salt(id)) {
            self.put(id, object);
        }
        if let Some(id) = extra.empty_bpobj {
            self.put(id, empty_bpobj(BPOBJ_BLOCK_SIZE));
        }
        let mut empty: Vec<u64> = extra.log_spacemap.into_iter().collect();
        if let Some(v) = extra.vdev {
            let zaps: Vec<u64> = v.root.into_iter().chain([v.leaf, v.top]).collect();
            let mut map = Zap::new(self.salt(v.map));
            int_set(&mut map, zaps.iter().copied());
            self.put(v.map, zap_object(DmuType::OtnZapMetadata, &map));
            empty.extend(zaps);
        }
        for id in empty {
            let zap = Zap::new(self.salt(id));
            self.put(id, zap_object(DmuType::OtnZapMetadata, &zap));
        }
    }

    /// The object-directory entries of the feature objects (`DMU_POOL_*` names).
    pub(super) fn feature_entries(&self) -> Vec<(&'static str, Option<u64>)> {
        let extra = self.lay.extra;
        vec![
            ("feature_enabled_txg", extra.enabled_txg),
            ("empty_bpobj", extra.empty_bpobj),
            ("com.delphix:log_spacemap_zap", extra.log_spacemap),
            ("com.delphix:vdev_zap_map", extra.vdev.map(|v| v.map)),
        ]
    }
}
