//! The directory tree and `$ORIGIN`: what `dsl_pool_open` finds by name, and every dataset a
//! clone of `$ORIGIN@$ORIGIN` as `dsl_dataset_create_sync_dd` makes one.
use std::collections::BTreeMap;

use zfs_writer::dsl::{DMU_POOL_DIRECTORY_OBJECT, plan};
use zfs_writer::phys::DmuType;

use super::fixture::{dataset, input};
use super::view::View;

#[test]
fn root_directory_lists_special_and_user_children() {
    let mut input = input();
    input.datasets.push(dataset("ROOT/home", 7, 8192, &[]));
    let plan = plan(&input);
    let v = View::new(&plan);
    let root = v.lookup(DMU_POOL_DIRECTORY_OBJECT, "root_dataset");
    let names: Vec<String> = v
        .entries(v.dir(root).dd_child_dir_zapobj.get())
        .into_keys()
        .collect();
    assert_eq!(names, ["$FREE", "$MOS", "$ORIGIN", "ROOT"]);
    let root_dir = v.dir(root);
    let rootfs = v.lookup(root_dir.dd_child_dir_zapobj.get(), "ROOT");
    let home = v.lookup(v.dir(rootfs).dd_child_dir_zapobj.get(), "home");
    assert_eq!(v.dir(home).dd_parent_obj.get(), rootfs);
    assert_eq!(v.dir(rootfs).dd_parent_obj.get(), root);
    for special in ["$MOS", "$FREE"] {
        let d = v.dir(v.lookup(root_dir.dd_child_dir_zapobj.get(), special));
        assert_eq!(
            (d.dd_head_dataset_obj.get(), d.dd_parent_obj.get()),
            (0, root)
        );
        assert_eq!(d.dd_flags.get(), 1, "DD_FLAG_USED_BREAKDOWN");
    }
    let ids: Vec<u64> = plan.datasets.iter().map(|d| d.1).collect();
    assert_eq!(v.dir(root).dd_head_dataset_obj.get(), ids[0]);
    assert_eq!(v.dir(home).dd_head_dataset_obj.get(), ids[2]);
}

#[test]
fn every_dataset_is_a_clone_of_the_origin_snapshot() {
    let plan = plan(&input());
    let v = View::new(&plan);
    let root = v.dir(v.lookup(DMU_POOL_DIRECTORY_OBJECT, "root_dataset"));
    let origin_dir = v.dir(v.lookup(root.dd_child_dir_zapobj.get(), "$ORIGIN"));
    let head = v.ds(origin_dir.dd_head_dataset_obj.get());
    let snap_id = head.ds_prev_snap_obj.get();
    assert_eq!(v.lookup(head.ds_snapnames_zapobj.get(), "$ORIGIN"), snap_id);
    assert_eq!(
        (head.ds_prev_snap_txg.get(), head.ds_creation_txg.get()),
        (1, 1)
    );
    let snap = v.ds(snap_id);
    assert_eq!(
        snap.ds_next_snap_obj.get(),
        origin_dir.dd_head_dataset_obj.get()
    );
    assert_eq!(
        (snap.ds_num_children.get(), snap.ds_creation_txg.get()),
        (3, 1)
    );
    assert_eq!(snap.ds_snapnames_zapobj.get(), 0);
    assert!(v.entries(snap.ds_deadlist_obj.get()).is_empty());
    let clones: BTreeMap<String, Vec<u64>> = plan
        .datasets
        .iter()
        .map(|d| (format!("{:x}", d.1), vec![d.1]))
        .collect();
    assert_eq!(v.entries(snap.ds_next_clones_obj.get()), clones);
    v.typed(origin_dir.dd_clones.get(), DmuType::DslClones);
    assert_eq!(v.entries(origin_dir.dd_clones.get()), clones);
    for (_, id) in &plan.datasets {
        check_clone(&v, *id, snap_id);
    }
}

/// Dataset `id` is a head cloned from `snap` in the pool's first txg.
fn check_clone(v: &View, id: u64, snap: u64) {
    let ds = v.ds(id);
    assert_eq!(
        (ds.ds_prev_snap_obj.get(), ds.ds_prev_snap_txg.get()),
        (snap, 1)
    );
    assert_eq!(ds.ds_creation_txg.get(), 1, "made in TXG_INITIAL");
    assert_eq!(v.dir(ds.ds_dir_obj.get()).dd_origin_obj.get(), snap);
    assert!(v.entries(ds.ds_snapnames_zapobj.get()).is_empty());
    let keys = v.entries(ds.ds_deadlist_obj.get());
    assert_eq!(keys.keys().collect::<Vec<_>>(), ["0"], "dsl_deadlist_clone");
}
