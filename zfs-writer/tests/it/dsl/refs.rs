//! Every object id a ZAP or bonus names exists in the plan with the type OpenZFS opens it as,
//! and every planned object is reachable from the object directory.
use std::collections::BTreeSet;

use zfs_writer::dsl::{DMU_POOL_DIRECTORY_OBJECT, plan};
use zfs_writer::phys::DmuType;

use super::fixture::{dataset, input};
use super::view::View;

/// The ids object `id` names, each with the type it must have. `config` is left out: the
/// caller writes it.
fn refs(v: &View, id: u64, config: u64) -> Vec<(u64, DmuType)> {
    let all = |t: DmuType| v.entries(id).into_values().map(move |ints| (ints[0], t));
    let out: Vec<(u64, DmuType)> = match v.0[&id].dmu_type {
        DmuType::ObjectDirectory => v
            .entries(id)
            .into_iter()
            .filter_map(|(name, ints)| Some((ints[0], objdir_type(&name)?)))
            .filter(|r| r.0 != config)
            .collect(),
        DmuType::DslDir | DmuType::DslDataset => bonus_refs(v, id),
        DmuType::DslDirChildMap => all(DmuType::DslDir).collect(),
        DmuType::DslDsSnapMap | DmuType::DslClones | DmuType::NextClones => {
            all(DmuType::DslDataset).collect()
        }
        DmuType::Deadlist => all(DmuType::Bpobj).collect(),
        DmuType::PoolProps => vec![(v.lookup(id, "bootfs"), DmuType::DslDataset)],
        _ => Vec::new(),
    };
    out.into_iter().filter(|r| r.0 != 0).collect()
}

/// The ids the bonus of DSL directory or dataset `id` names.
fn bonus_refs(v: &View, id: u64) -> Vec<(u64, DmuType)> {
    if v.0[&id].dmu_type == DmuType::DslDir {
        let d = v.dir(id);
        return vec![
            (d.dd_head_dataset_obj.get(), DmuType::DslDataset),
            (d.dd_parent_obj.get(), DmuType::DslDir),
            (d.dd_origin_obj.get(), DmuType::DslDataset),
            (d.dd_child_dir_zapobj.get(), DmuType::DslDirChildMap),
            (d.dd_props_zapobj.get(), DmuType::DslProps),
            (d.dd_clones.get(), DmuType::DslClones),
        ];
    }
    let d = v.ds(id);
    vec![
        (d.ds_dir_obj.get(), DmuType::DslDir),
        (d.ds_prev_snap_obj.get(), DmuType::DslDataset),
        (d.ds_next_snap_obj.get(), DmuType::DslDataset),
        (d.ds_snapnames_zapobj.get(), DmuType::DslDsSnapMap),
        (d.ds_deadlist_obj.get(), DmuType::Deadlist),
        (d.ds_next_clones_obj.get(), DmuType::NextClones),
    ]
}

/// The type of the object an object-directory entry names (`None`: not an object).
fn objdir_type(name: &str) -> Option<DmuType> {
    match name {
        "root_dataset" => Some(DmuType::DslDir),
        "free_bpobj" | "sync_bplist" => Some(DmuType::Bpobj),
        "features_for_read" | "features_for_write" | "feature_descriptions" => {
            Some(DmuType::OtnZapMetadata)
        }
        "pool_props" => Some(DmuType::PoolProps),
        "config" => Some(DmuType::PackedNvlist),
        _ => None,
    }
}

/// Walks from the object directory, checking each reference; returns the ids reached.
fn walk(v: &View, config: u64) -> BTreeSet<u64> {
    let mut seen = BTreeSet::from([DMU_POOL_DIRECTORY_OBJECT]);
    let mut todo = vec![DMU_POOL_DIRECTORY_OBJECT];
    while let Some(id) = todo.pop() {
        for (to, t) in refs(v, id, config) {
            v.typed(to, t);
            if seen.insert(to) {
                todo.push(to);
            }
        }
    }
    seen
}

#[test]
fn every_reference_resolves_and_every_object_is_reachable() {
    let mut nested = input();
    nested.datasets.push(dataset("ROOT/home", 7, 8192, &[]));
    for input in [input(), nested] {
        let plan = plan(&input);
        let v = View::new(&plan);
        let reached = walk(&v, plan.config);
        let planned: BTreeSet<u64> = v.0.keys().copied().collect();
        assert_eq!(reached, planned);
        assert!(!planned.contains(&plan.config) && !planned.contains(&plan.metaslab_array));
        assert_eq!(v.lookup(DMU_POOL_DIRECTORY_OBJECT, "config"), plan.config);
    }
}
