//! Object ids of every MOS object the plan makes, reserved up front in the order
//! OpenZFS's `spa_create` allocates them, so they never depend on the contents.
//! OpenZFS module/zfs/dsl_pool.c (`dsl_pool_create`, `dsl_pool_create_origin`), spa.c.
use super::feature_ids::FeatureIds;
use super::ids::{DirIds, HeadIds, Ids, OriginIds, SnapIds, SpaIds};
use super::taken::TakenIds;
use crate::feature::Compatibility;

/// Every id of the plan.
#[derive(Clone, Debug)]
pub(super) struct Layout {
    pub root: DirIds,
    pub mos: DirIds,
    pub free: DirIds,
    pub free_bpobj: u64,
    pub origin: OriginIds,
    /// features_for_read, features_for_write, feature_descriptions.
    pub features: [u64; 3],
    /// One (directory, head) per input dataset, the root first.
    pub heads: Vec<(DirIds, HeadIds)>,
    /// Each dataset's snapshots, oldest first (taken after every dataset is made).
    pub taken: Vec<Vec<TakenIds>>,
    pub spa: SpaIds,
    /// What the enabled features add to the MOS.
    pub extra: FeatureIds,
    /// The first id the plan leaves free.
    pub next: u64,
}

impl Layout {
    /// Ids for datasets (the root included) with `snapshots` snapshots each, with or without
    /// a pool-props ZAP, and the objects `compat`'s features need.
    pub(super) fn new(snapshots: &[usize], pool_props: bool, compat: &Compatibility) -> Layout {
        let datasets = snapshots.len();
        let mut ids = Ids(1);
        let (root, mos, free) = (ids.dir(), ids.dir(), ids.dir());
        let free_bpobj = ids.id();
        let origin_dir = ids.dir();
        let (origin_head, snap, snap_deadlist) = origin_head(&mut ids);
        let features = [ids.id(), ids.id(), ids.id()];
        let mut heads = vec![(root, ids.head(None))];
        let (next_clones, dd_clones) = (ids.id(), ids.id());
        let snap = SnapIds {
            ds: snap,
            deadlist: snap_deadlist,
            next_clones,
            dd_clones,
        };
        let spa = ids.spa(pool_props);
        let extra = FeatureIds::new(&mut ids, compat);
        let shared = extra.empty_bpobj;
        heads.extend((1..datasets).map(|_| (ids.dir(), ids.head(shared))));
        let taken = ids.taken_each(snapshots, shared);
        let next = ids.id();
        Layout {
            root,
            mos,
            free,
            free_bpobj,
            origin: OriginIds {
                dir: origin_dir,
                head: origin_head,
                snap,
            },
            features,
            heads,
            taken,
            spa,
            extra,
            next,
        }
    }
}

/// `dsl_pool_create_origin`: the head, its snapnames and first deadlist, then the snapshot,
/// then the head's new deadlist and its bpobj (`dsl_dataset_snapshot_sync_impl`). Returns
/// the head, the snapshot and the snapshot's deadlist.
fn origin_head(ids: &mut Ids) -> (HeadIds, u64, u64) {
    let (ds, snapnames, snap_deadlist, snap) = (ids.id(), ids.id(), ids.id(), ids.id());
    let (deadlist, bpobj) = (ids.id(), ids.id());
    let head = HeadIds {
        ds,
        snapnames,
        deadlist,
        bpobj,
    };
    (head, snap, snap_deadlist)
}
