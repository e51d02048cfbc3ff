//! The snapshot-names ZAP of `$ORIGIN`'s head against the one OpenZFS 2.3.2 wrote (object 46
//! of the reference MOS): byte for byte but the salt and the snapshot's object id. It is the
//! one ZAP the DSL makes with `mz_normflags` = `U8_TEXTPREP_TOUPPER` (`zap_create_norm`).
use zfs_writer::dmu::ObjectData;
use zfs_writer::dsl::plan;
use zfs_writer::phys::DmuType;

use super::fixture::input;
use super::view::View;

const SNAPNAMES_46: &[u8] = include_bytes!("../../data/dsl/snapnames-46.bin");

#[test]
fn snapshot_names_zap_matches_openzfs_but_salt_and_object_id() {
    let plan = plan(&input());
    let v = View::new(&plan);
    let root = v.dir(v.lookup(1, "root_dataset"));
    let origin = v.dir(v.lookup(root.dd_child_dir_zapobj.get(), "$ORIGIN"));
    let head = v.ds(origin.dd_head_dataset_obj.get());
    let o = v.typed(head.ds_snapnames_zapobj.get(), DmuType::DslDsSnapMap);
    let ObjectData::Blocks { blocks, .. } = &o.data else {
        panic!("no blocks")
    };
    let mut want = SNAPNAMES_46.to_vec();
    want[8..16].copy_from_slice(&blocks[0][8..16]); // mz_salt
    want[64..72].copy_from_slice(&head.ds_prev_snap_obj.get().to_le_bytes()); // mze_value
    assert_eq!(
        blocks[0], want,
        "block type, normflags 2, cd 0, \"$ORIGIN\""
    );
}
