//! `DslDatasetPhys` against two datasets OpenZFS 2.3.2 wrote: `$ORIGIN@$ORIGIN` (object 48)
//! and the pool's root dataset (object 54, a clone of it with an object set).
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, IntoBytes};
use zfs_writer::phys::{BlkPtr, DS_FLAG_UNIQUE_ACCURATE, DslDatasetPhys};

use super::zdb::{ctime, fields, nicenum};

const DS_48: &[u8] = include_bytes!("../../data/dsl/dsl_dataset-48.bin");
const DS_54: &[u8] = include_bytes!("../../data/dsl/dsl_dataset-54.bin");

/// `dump_dsl_dataset`'s lines for `ds`, but `bp`.
fn dataset_lines(ds: &DslDatasetPhys) -> Vec<(&'static str, String)> {
    let n = |v: &U64| v.get().to_string();
    let b = |v: &U64| nicenum(v.get());
    vec![
        ("dir_obj", n(&ds.ds_dir_obj)),
        ("prev_snap_obj", n(&ds.ds_prev_snap_obj)),
        ("prev_snap_txg", n(&ds.ds_prev_snap_txg)),
        ("next_snap_obj", n(&ds.ds_next_snap_obj)),
        ("snapnames_zapobj", n(&ds.ds_snapnames_zapobj)),
        ("num_children", n(&ds.ds_num_children)),
        ("userrefs_obj", n(&ds.ds_userrefs_obj)),
        ("creation_time", ctime(ds.ds_creation_time.get())),
        ("creation_txg", n(&ds.ds_creation_txg)),
        ("deadlist_obj", n(&ds.ds_deadlist_obj)),
        ("used_bytes", b(&ds.ds_referenced_bytes)),
        ("compressed_bytes", b(&ds.ds_compressed_bytes)),
        ("uncompressed_bytes", b(&ds.ds_uncompressed_bytes)),
        ("unique", b(&ds.ds_unique_bytes)),
        ("fsid_guid", n(&ds.ds_fsid_guid)),
        ("guid", n(&ds.ds_guid)),
        ("flags", n(&ds.ds_flags)),
        ("next_clones_obj", n(&ds.ds_next_clones_obj)),
        ("props_obj", n(&ds.ds_props_obj)),
    ]
}

/// Whether zdb's `snprintf_blkptr` text shows `bp`: a hole, or its first DVA, birth,
/// fill and checksum.
fn bp_matches(bp: &BlkPtr, text: &str) -> bool {
    if bp.as_bytes().iter().all(|&b| b == 0) {
        return text.starts_with("HOLE [L0 unallocated]");
    }
    let dva = bp.blk_dva[0];
    let cksum: Vec<String> = bp
        .blk_cksum
        .iter()
        .map(|w| format!("{:016x}", w.get()))
        .collect();
    [
        format!(
            "DVA[0]=<{}:{:x}:{:x}>",
            dva.vdev(),
            dva.offset(),
            dva.asize()
        ),
        format!("birth={}L/", bp.blk_birth.get()),
        format!("fill={} ", bp.blk_fill.get()),
        format!("cksum={}", cksum.join(":")),
    ]
    .iter()
    .all(|part| text.contains(part.as_str()))
}

/// Parses `bytes`, checks every line zdb printed, and re-encodes.
fn check_dataset(bytes: &[u8], zdb: &str) -> DslDatasetPhys {
    let ds = DslDatasetPhys::read_from_bytes(bytes).expect("320 bytes");
    let printed = fields(zdb);
    let ours = dataset_lines(&ds);
    assert_eq!(ours.len() + 1, printed.len(), "zdb printed other fields");
    for (key, value) in ours {
        assert_eq!(printed[key], value, "{key}");
    }
    assert!(
        bp_matches(&ds.ds_bp, &printed["bp"]),
        "bp: {}",
        printed["bp"]
    );
    assert_eq!(ds.as_bytes(), bytes);
    ds
}

#[test]
fn origin_snapshot_matches_zdb() {
    let snap = check_dataset(DS_48, include_str!("../../data/dsl/zdb-48.txt"));
    assert_eq!(snap.ds_num_children.get(), 3, "its head and two clones");
    assert_eq!(snap.ds_flags.get(), DS_FLAG_UNIQUE_ACCURATE);
}

#[test]
fn root_dataset_matches_zdb() {
    let root = check_dataset(DS_54, include_str!("../../data/dsl/zdb-54.txt"));
    assert_eq!(root.ds_bp.blk_fill.get(), 6);
    assert_eq!(root.ds_referenced_bytes.get(), 139_264);
}
