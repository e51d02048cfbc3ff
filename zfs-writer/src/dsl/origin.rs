//! `$ORIGIN`: the directory, its empty head dataset and the snapshot `$ORIGIN@$ORIGIN` every
//! other dataset is a clone of, with the two ZAPs listing those clones.
//! OpenZFS module/zfs/dsl_pool.c (`dsl_pool_create_origin`), dsl_dataset.c
//! (`dsl_dataset_snapshot_sync_impl`: the snapshot takes the head's deadlist, the head gets a
//! new one keyed at its old `ds_prev_snap_txg` 0; `dsl_dataset_create_sync_dd`: each clone is
//! added to the snapshot's `ds_next_clones_obj` and the directory's `dd_clones`).
use super::builder::Mos;
use super::dataset::{ORIGIN_TXG, dataset_object};
use super::dir::{DirContents, DirLinks};
use super::ids::OriginIds;
use super::lists::deadlist;
use super::space::DirSpace;
use super::zaps::{int_set, zap_object};
use crate::phys::DmuType;
use crate::zap::Zap;

/// `ORIGIN_DIR_NAME`: the directory and snapshot name (include/sys/dsl_dir.h).
pub(super) const ORIGIN_DIR_NAME: &str = "$ORIGIN";

/// Type of the snapshot's next-clones ZAP (`DMU_OT_NEXT_CLONES`).
const NEXT_CLONES_TYPE: DmuType = DmuType::NextClones;

impl Mos<'_> {
    /// Puts `$ORIGIN`'s directory, head dataset and snapshot.
    pub(super) fn put_origin(&mut self) {
        let OriginIds { dir, head, snap } = self.lay.origin;
        let links = DirLinks {
            head: head.ds,
            parent: self.lay.root.dir,
            clones: snap.dd_clones,
            ..DirLinks::default()
        };
        let contents = DirContents {
            props: &[],
            children: Vec::new(),
            snapshots_changed: None,
        };
        self.put_dir(dir, links, DirSpace::default(), contents);
        let mut ds = self.ds_phys(head.ds, dir.dir, self.creation_txg(), head.deadlist);
        ds.ds_prev_snap_obj.set(snap.ds);
        ds.ds_prev_snap_txg.set(ORIGIN_TXG);
        ds.ds_snapnames_zapobj.set(head.snapnames);
        self.put(head.ds, dataset_object(&ds));
        self.put_head_lists(head, &[(ORIGIN_DIR_NAME, snap.ds)]);
        self.put_origin_snap();
    }

    /// Puts `$ORIGIN@$ORIGIN`, its deadlist and its clone ZAPs: every head dataset but
    /// `$ORIGIN`'s in the directory's, and in the snapshot's each head's first snapshot
    /// instead of a head that has one (`dsl_dataset_remove_from_next_clones`).
    fn put_origin_snap(&mut self) {
        let OriginIds { dir, head, snap } = self.lay.origin;
        let clones: Vec<u64> = self.lay.heads.iter().map(|(_, h)| h.ds).collect();
        let taken = self.lay.taken.iter().map(|t| t.first().map(|t| t.ds));
        let next: Vec<u64> = clones
            .iter()
            .zip(taken)
            .map(|(h, t)| t.unwrap_or(*h))
            .collect();
        let mut ds = self.ds_phys(snap.ds, dir.dir, ORIGIN_TXG, snap.deadlist);
        ds.ds_next_snap_obj.set(head.ds);
        ds.ds_num_children.set(1 + clones.len() as u64);
        ds.ds_next_clones_obj.set(snap.next_clones);
        self.put(snap.ds, dataset_object(&ds));
        self.put(snap.deadlist, deadlist(self.salt(snap.deadlist), &[]));
        for (id, dmu_type, list) in [
            (snap.next_clones, NEXT_CLONES_TYPE, &next),
            (snap.dd_clones, DmuType::DslClones, &clones),
        ] {
            let mut zap = Zap::new(self.salt(id));
            int_set(&mut zap, list.iter().copied());
            self.put(id, zap_object(dmu_type, &zap));
        }
    }
}
