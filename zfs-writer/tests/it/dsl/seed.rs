//! Salts and GUIDs come from the seed alone: the same seed gives the same plan, another seed
//! other salts and GUIDs at the same ids.
use std::collections::BTreeSet;

use zfs_writer::dmu::Object;
use zfs_writer::dsl::{DslPlan, plan};
use zfs_writer::phys::DmuType;

use super::fixture::input;
use super::view::View;

/// Every salt of the plan's ZAPs and every dataset's (guid, fsid_guid).
fn salts_and_guids(plan: &DslPlan) -> (Vec<u64>, Vec<(u64, u64)>) {
    let v = View::new(plan);
    let zaps = plan.objects.iter().filter(|(_, o)| is_zap(o));
    let salts = zaps.map(|(id, _)| v.zap(*id).salt()).collect();
    let datasets = plan
        .objects
        .iter()
        .filter(|(_, o)| o.dmu_type == DmuType::DslDataset);
    let guids = datasets
        .map(|(id, _)| v.ds(*id))
        .map(|d| (d.ds_guid.get(), d.ds_fsid_guid.get()));
    (salts, guids.collect())
}

/// Whether `o` is a ZAP object.
fn is_zap(o: &Object) -> bool {
    !matches!(
        o.dmu_type,
        DmuType::DslDir | DmuType::DslDataset | DmuType::Bpobj
    )
}

#[test]
fn salts_and_guids_are_deterministic_and_distinct() {
    let a = plan(&input());
    let again = plan(&input());
    assert_eq!(
        format!("{a:?}"),
        format!("{again:?}"),
        "same input, same plan"
    );
    let (salts, guids) = salts_and_guids(&a);
    assert_eq!(
        salts.len(),
        a.objects.iter().filter(|(_, o)| is_zap(o)).count()
    );
    assert_eq!(
        salts.iter().collect::<BTreeSet<_>>().len(),
        salts.len(),
        "salts repeat"
    );
    assert!(salts.iter().all(|&s| s != 0));
    let flat: BTreeSet<u64> = guids.iter().flat_map(|g| [g.0, g.1]).collect();
    assert_eq!(flat.len(), 2 * guids.len(), "GUIDs repeat");
    assert!(guids.iter().all(|g| g.0 != 0 && g.1 != 0 && g.1 < 1 << 56));
    let mut other = input();
    other.seed += 1;
    let b = plan(&other);
    let (salts_b, guids_b) = salts_and_guids(&b);
    assert!(salts.iter().zip(&salts_b).all(|(x, y)| x != y));
    assert!(
        guids
            .iter()
            .zip(&guids_b)
            .all(|(x, y)| x.0 != y.0 && x.1 != y.1)
    );
    let ids = |p: &DslPlan| p.objects.iter().map(|o| o.0).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b), "ids do not depend on the seed");
}
