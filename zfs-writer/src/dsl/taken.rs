//! Ids of the snapshots taken at build time: each snapshot's dataset and the deadlist its
//! head gets then. OpenZFS module/zfs/dsl_dataset.c (`dsl_dataset_snapshot_sync_impl`:
//! `dmu_object_alloc` of the snapshot, then `dsl_deadlist_clone` and `dsl_deadlist_add_key`,
//! each key's bpobj from `bpobj_alloc_empty`).
use super::ids::Ids;

/// A snapshot taken at build time: its dataset, and the deadlist its head got then with one
/// bpobj per key (`dsl_deadlist_clone` of the old one's keys, then `dsl_deadlist_add_key`).
#[derive(Clone, Debug)]
pub(super) struct TakenIds {
    pub ds: u64,
    pub deadlist: u64,
    pub bpobjs: Vec<u64>,
}

impl Ids {
    /// `count` snapshots of a head, in order: for the n-th (from 0), the dataset, then the
    /// head's new deadlist and its n + 2 bpobjs, each `shared` or new
    /// (`dsl_dataset_snapshot_sync_impl`).
    pub(super) fn taken_all(&mut self, count: usize, shared: Option<u64>) -> Vec<TakenIds> {
        let mut out = Vec::new();
        for n in 0..count {
            let (ds, deadlist) = (self.id(), self.id());
            let bpobjs = (0..n + 2).map(|_| shared.unwrap_or_else(|| self.id()));
            let bpobjs = bpobjs.collect();
            out.push(TakenIds {
                ds,
                deadlist,
                bpobjs,
            });
        }
        out
    }

    /// [`Ids::taken_all`] for each head in turn, with `snapshots[i]` snapshots of head `i`.
    pub(super) fn taken_each(
        &mut self,
        snapshots: &[usize],
        shared: Option<u64>,
    ) -> Vec<Vec<TakenIds>> {
        snapshots
            .iter()
            .map(|&n| self.taken_all(n, shared))
            .collect()
    }
}
