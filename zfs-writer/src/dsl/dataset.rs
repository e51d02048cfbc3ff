//! Datasets: the `dsl_dataset_phys_t` bonus, and each head dataset as a clone of
//! `$ORIGIN@$ORIGIN` with its snapshot names, deadlist and deadlist bpobj.
//! OpenZFS module/zfs/dsl_dataset.c (`dsl_dataset_create_sync_dd`: a dataset made in the
//! pool's first txg records `ds_creation_txg` 1; a clone starts from its origin's space and
//! `ds_bp`, gets the deadlist keys below its `ds_prev_snap_txg`, and is counted in the
//! origin's `ds_num_children`), dsl_deadlist.c (`dsl_deadlist_clone`).
use zerocopy::{FromZeros, IntoBytes};

use super::DatasetInput;
use super::builder::Mos;
use super::draw::{Draw, draw};
use super::ids::HeadIds;
use super::space::Space;
use super::zaps::zapified;
use crate::dmu::{Object, ObjectData};
use crate::feature::Feature;
use crate::phys::{DS_FLAG_UNIQUE_ACCURATE, DmuType, DslDatasetPhys};

/// `TXG_INITIAL`: the txg a new pool is created in (include/sys/txg.h).
pub(super) const TXG_INITIAL: u64 = 4;
/// `ds_creation_txg` of `$ORIGIN@$ORIGIN`, whatever the txg (`dsl_dataset_snapshot_sync_impl`).
pub(super) const ORIGIN_TXG: u64 = 1;

/// A dataset object holding `ds` as its bonus.
pub(super) fn dataset_object(ds: &DslDatasetPhys) -> Object {
    Object {
        dmu_type: DmuType::DslDataset,
        bonus_type: DmuType::DslDataset,
        bonus: ds.as_bytes().to_vec(),
        data: ObjectData::Empty,
    }
}

impl Mos<'_> {
    /// `ds_creation_txg` of a dataset created with the pool.
    pub(super) fn creation_txg(&self) -> u64 {
        match self.input.create_txg {
            TXG_INITIAL => 1,
            txg => txg,
        }
    }

    /// The fields every dataset `id` starts with: its directory, birth, deadlist and GUIDs.
    pub(super) fn ds_phys(&self, id: u64, dir: u64, txg: u64, dl: u64) -> DslDatasetPhys {
        let mut ds = DslDatasetPhys::new_zeroed();
        ds.ds_dir_obj.set(dir);
        ds.ds_creation_time.set(self.input.creation_time);
        ds.ds_creation_txg.set(txg);
        ds.ds_deadlist_obj.set(dl);
        ds.ds_fsid_guid
            .set(draw(self.input.seed, id, Draw::FsidGuid));
        ds.ds_guid.set(draw(self.input.seed, id, Draw::Guid));
        ds.ds_flags.set(DS_FLAG_UNIQUE_ACCURATE);
        ds
    }

    /// Puts head dataset `h` (of dataset `i`) of directory `dir`, a clone of
    /// `$ORIGIN@$ORIGIN`, holding `input`, with `features` active on it, and its snapshots.
    pub(super) fn put_head(
        &mut self,
        (i, h): (usize, HeadIds),
        dir: u64,
        input: &DatasetInput,
        features: &[&Feature],
    ) {
        let mut ds = self.ds_phys(h.ds, dir, self.creation_txg(), h.deadlist);
        ds.ds_prev_snap_obj.set(self.lay.origin.snap.ds);
        ds.ds_prev_snap_txg.set(ORIGIN_TXG);
        ds.ds_snapnames_zapobj.set(h.snapnames);
        let space = Space::of_dataset(&input.usage);
        ds.ds_referenced_bytes.set(space.used);
        ds.ds_compressed_bytes.set(space.compressed);
        ds.ds_uncompressed_bytes.set(space.uncompressed);
        ds.ds_unique_bytes.set(space.used);
        ds.ds_bp = input.objset;
        self.put_snapshots(i, h, &ds, features);
        self.link_to_snapshots(i, &mut ds);
        let object = self.dataset(h.ds, &ds, features);
        self.put(h.ds, object);
        let taken = self.lay.taken[i].iter().map(|t| t.ds);
        let names: Vec<(&str, u64)> = input
            .snapshots
            .iter()
            .map(String::as_str)
            .zip(taken)
            .collect();
        self.put_head_lists(h, &names);
    }

    /// Dataset `id` holding `ds`: a plain object, or a ZAP when `features` are active on it.
    pub(super) fn dataset(&self, id: u64, ds: &DslDatasetPhys, features: &[&Feature]) -> Object {
        match features {
            [] => dataset_object(ds),
            _ => zapified(ds, self.salt(id), features),
        }
    }
}
