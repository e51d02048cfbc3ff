//! Snapshots taken at build time, as `zfs snapshot` takes them of a dataset nothing has
//! changed since it was written: each shares the head's object set and space, takes the
//! head's deadlist and links to its neighbours; the head gets a new deadlist, no unique space,
//! and its last snapshot as `ds_prev_snap_obj`. OpenZFS module/zfs/dsl_dataset.c
//! (`dsl_dataset_snapshot_sync_impl`), dsl_deadlist.c (`dsl_deadlist_clone`,
//! `dsl_deadlist_add_key`).

use super::builder::Mos;
use super::dataset::ORIGIN_TXG;
use super::ids::HeadIds;
use super::lists::{BPOBJ_BLOCK_SIZE, deadlist, empty_bpobj};
use super::zaps::snapnames_object;
use crate::feature::Feature;
use crate::phys::DslDatasetPhys;

/// The txg the `n`-th snapshot (from 0) of a dataset is taken in: the txg its blocks were
/// born in for the first (they belong to it: `dsl_dataset_block_kill` frees at once only
/// blocks born after `ds_prev_snap_txg`), one more for each next (one snapshot of a dataset
/// per txg: `dsl_dataset_snapshot_check_impl`).
pub fn snapshot_txg(create_txg: u64, n: usize) -> u64 {
    create_txg + n as u64
}

impl Mos<'_> {
    /// Points head `ds` of dataset `i` at its last snapshot, if it has one.
    pub(super) fn link_to_snapshots(&self, i: usize, ds: &mut DslDatasetPhys) {
        let taken = &self.lay.taken[i];
        let Some(last) = taken.last() else { return };
        let txg = snapshot_txg(self.input.create_txg, taken.len() - 1);
        ds.ds_prev_snap_obj.set(last.ds);
        ds.ds_prev_snap_txg.set(txg);
        ds.ds_unique_bytes.set(0);
        ds.ds_deadlist_obj.set(last.deadlist);
    }

    /// Puts dataset `i`'s snapshots of head `h` (whose bonus, before any snapshot, is
    /// `head`), each with `features` active as on its head, and the deadlists it left.
    pub(super) fn put_snapshots(
        &mut self,
        i: usize,
        h: HeadIds,
        head: &DslDatasetPhys,
        features: &[&Feature],
    ) {
        let taken = self.lay.taken[i].clone();
        let create_txg = self.input.create_txg;
        let txg = |n| snapshot_txg(create_txg, n);
        for (n, t) in taken.iter().enumerate() {
            let (prev, prev_txg, dl) = match n.checked_sub(1).map(|p| &taken[p]) {
                None => (self.lay.origin.snap.ds, ORIGIN_TXG, h.deadlist),
                Some(p) => (p.ds, txg(n - 1), p.deadlist),
            };
            let mut ds = self.ds_phys(t.ds, head.ds_dir_obj.get(), txg(n), dl);
            ds.ds_prev_snap_obj.set(prev);
            ds.ds_prev_snap_txg.set(prev_txg);
            ds.ds_next_snap_obj
                .set(taken.get(n + 1).map_or(h.ds, |next| next.ds));
            ds.ds_num_children.set(1);
            ds.ds_referenced_bytes = head.ds_referenced_bytes;
            ds.ds_compressed_bytes = head.ds_compressed_bytes;
            ds.ds_uncompressed_bytes = head.ds_uncompressed_bytes;
            ds.ds_flags = head.ds_flags;
            ds.ds_bp = head.ds_bp;
            let object = self.dataset(t.ds, &ds, features);
            self.put(t.ds, object);
            // The old keys, then the head's `ds_prev_snap_txg` before this snapshot.
            let keys = [0, ORIGIN_TXG].into_iter().chain((0..n).map(txg));
            let keys: Vec<(u64, u64)> = keys.zip(t.bpobjs.iter().copied()).collect();
            self.put(t.deadlist, deadlist(self.salt(t.deadlist), &keys));
            for &b in &t.bpobjs {
                if Some(b) != self.lay.extra.empty_bpobj {
                    self.put(b, empty_bpobj(BPOBJ_BLOCK_SIZE));
                }
            }
        }
    }

    /// Puts `h`'s snapshot names (`snaps`) and its deadlist with one key, 0: the key
    /// `$ORIGIN`'s head got when snapshotted, and so its clones' only key below `ORIGIN_TXG`
    /// (`dsl_deadlist_add_key`, `dsl_deadlist_clone`).
    pub(super) fn put_head_lists(&mut self, h: HeadIds, snaps: &[(&str, u64)]) {
        self.put(h.snapnames, snapnames_object(self.salt(h.snapnames), snaps));
        self.put(h.deadlist, deadlist(self.salt(h.deadlist), &[(0, h.bpobj)]));
        if Some(h.bpobj) != self.lay.extra.empty_bpobj {
            self.put(h.bpobj, empty_bpobj(BPOBJ_BLOCK_SIZE));
        }
    }

    /// When dataset `i`'s snapshots last changed, if it has any and the feature that lets its
    /// directory hold the time is on (`dsl_dir_snap_cmtime_update`).
    pub(super) fn snapshots_changed(&self, i: usize) -> Option<u64> {
        let on = self.input.compat.enables("extensible_dataset");
        (on && !self.lay.taken[i].is_empty()).then_some(self.input.creation_time)
    }
}
