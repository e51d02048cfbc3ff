//! The state `zpool create` + `zfs create` leave each feature in: enabled in table order with
//! its dependencies first, the txg it was enabled in once `enabled_txg` is on, and the
//! references the pool's contents hold.
//! OpenZFS module/zfs/zfeature.c (`feature_enable_sync`, `spa_feature_incr`), spa.c
//! (`spa_create`), dsl_dataset.c (`dsl_dataset_activate_feature`), dmu_object.c
//! (`dmu_object_zapify`), bpobj.c (`bpobj_alloc_empty`), space_map.c (`space_map_alloc`),
//! spa_log_spacemap.c (`spa_generate_syncing_log_sm`), vdev.c (`vdev_construct_zaps`).
use super::compat::Compatibility;
use super::table::{Feature, feature, features};

/// What the pool's contents hold references for.
#[derive(Clone, Debug, Default)]
pub struct Usage {
    /// Space-map objects with a histogram bonus (`spacemap_histogram`).
    pub space_maps: u64,
    /// Deadlist keys that hold the shared empty bpobj (`empty_bpobj`): one for each dataset
    /// cloned from `$ORIGIN@$ORIGIN` after the features were enabled (`zfs create`), and
    /// those each snapshot's new head deadlist gets (`bpobj_alloc_empty`).
    pub empty_bpobj_refs: u64,
    /// For each dataset and snapshot, the per-dataset features it activates; one with any is
    /// turned into a ZAP (`extensible_dataset`).
    pub per_dataset: Vec<Vec<&'static Feature>>,
    /// DSL directories turned into ZAPs (`dsl_dir_zapify`: `extensible_dataset`).
    pub zapified_dirs: u64,
}

/// One enabled feature: its references and the txg `feature_enabled_txg` records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureState {
    /// The feature.
    pub feature: &'static Feature,
    /// References (`feature_get_refcount`): active when above 0.
    pub refcount: u64,
    /// The txg it was enabled in, when `enabled_txg` was enabled before it (or is it).
    pub enabled_txg: Option<u64>,
}

/// Every feature `compat` enables at `txg`, in enabling order, with `usage`'s references.
pub fn feature_states(compat: &Compatibility, txg: u64, usage: &Usage) -> Vec<FeatureState> {
    let mut out: Vec<FeatureState> = Vec::new();
    for f in features().iter().filter(|f| compat.features.contains(f)) {
        enable(&mut out, f, txg);
    }
    let txgs = out.iter().filter(|s| s.enabled_txg.is_some()).count() as u64;
    let zapified = usage.per_dataset.iter().filter(|d| !d.is_empty()).count() as u64;
    let per_dataset = |f: &Feature| {
        usage
            .per_dataset
            .iter()
            .flatten()
            .filter(|g| **g == f)
            .count()
    };
    for s in &mut out {
        s.refcount += match s.feature.name {
            "enabled_txg" => txgs,
            "spacemap_histogram" => usage.space_maps,
            "empty_bpobj" => usage.empty_bpobj_refs,
            "extensible_dataset" => zapified + usage.zapified_dirs,
            // The log-spacemap ZAP and the root vdev's ZAP exist from the first sync.
            "log_spacemap" | "vdev_zaps_v2" => 1,
            _ => per_dataset(s.feature) as u64,
        };
    }
    out
}

/// `feature_enable_sync`: dependencies first; an `enabled_txg` entry once that is enabled.
fn enable(out: &mut Vec<FeatureState>, f: &'static Feature, txg: u64) {
    if out.iter().any(|s| s.feature == f) {
        return;
    }
    for dep in &f.depends {
        enable(out, feature(dep), txg);
    }
    out.push(FeatureState {
        feature: f,
        refcount: u64::from(f.activate_on_enable),
        enabled_txg: None,
    });
    if out.iter().any(|s| s.feature.name == "enabled_txg") {
        out.last_mut().expect("just pushed").enabled_txg = Some(txg);
    }
}
