//! ZAP objects as the DSL makes them: plain, snapshot-names (normalized), and the
//! integer-keyed ZAPs of clones and deadlists.
//! OpenZFS module/zfs/zap.c (`zap_add_int`, `zap_add_int_key`: the name is the integer in
//! `%llx`), dsl_dataset.c (`zap_create_norm(…, U8_TEXTPREP_TOUPPER, DMU_OT_DSL_DS_SNAP_MAP…)`).
use zerocopy::FromBytes;

use crate::dmu::{Object, ObjectData};
use crate::feature::Feature;
use crate::phys::DmuType;
use crate::phys::DslDatasetPhys;
use crate::zap::phys::{MzapPhys, ZBT_MICRO};
use crate::zap::{Zap, ZapValue};
use zerocopy::IntoBytes;

/// `U8_TEXTPREP_TOUPPER`: snapshot names are hashed upper-cased (include/sys/u8_textprep.h).
pub(super) const U8_TEXTPREP_TOUPPER: u64 = 2;

/// The name `zap_add_int`/`zap_add_int_key` give an integer: lower-case hex, no prefix.
pub(super) fn int_key(value: u64) -> Vec<u8> {
    format!("{value:x}").into_bytes()
}

/// An integer set as `zap_add_int` stores it: hex name → the integer itself.
pub(super) fn int_set(zap: &mut Zap, values: impl IntoIterator<Item = u64>) {
    for v in values {
        zap.add(&int_key(v), ZapValue::U64(v));
    }
}

/// A ZAP object of `dmu_type` with no bonus.
pub(super) fn zap_object(dmu_type: DmuType, zap: &Zap) -> Object {
    let z = zap.encode();
    Object {
        dmu_type,
        bonus_type: DmuType::None,
        bonus: Vec::new(),
        data: ObjectData::Blocks {
            block_size: z.block_size,
            blocks: z.blocks,
        },
    }
}

/// A snapshot-names ZAP of `snaps` (name → dataset): a micro ZAP with `mz_normflags =
/// U8_TEXTPREP_TOUPPER`, names hashed upper-cased.
///
/// # Panics
/// If a name is not ASCII or is too long for a micro ZAP (the callers check names first).
pub(super) fn snapnames_object(salt: u64, snaps: &[(&str, u64)]) -> Object {
    let mut zap = Zap::new(salt).hashing_upper_case();
    for (name, ds) in snaps {
        zap.add(name.as_bytes(), ZapValue::U64(*ds));
    }
    let mut object = zap_object(DmuType::DslDsSnapMap, &zap);
    let ObjectData::Blocks { blocks, .. } = &mut object.data else {
        unreachable!("zap_object gives blocks")
    };
    let (header, _) = MzapPhys::mut_from_prefix(&mut blocks[0]).expect("512-byte block");
    assert_eq!(
        header.mz_block_type.get(),
        ZBT_MICRO,
        "snapnames must be micro"
    );
    header.mz_normflags.set(U8_TEXTPREP_TOUPPER);
    object
}

/// A dataset with per-dataset features active: turned into a ZAP holding guid → 0 for each
/// (dsl_dataset.c `dsl_dataset_activate_feature`, dmu_object.c `dmu_object_zapify`).
pub(super) fn zapified(ds: &DslDatasetPhys, salt: u64, features: &[&Feature]) -> Object {
    let mut zap = Zap::new(salt);
    for f in features {
        zap.add(f.guid.as_bytes(), ZapValue::U64(0));
    }
    Object {
        bonus_type: DmuType::DslDataset,
        bonus: ds.as_bytes().to_vec(),
        ..zap_object(DmuType::OtnZapMetadata, &zap)
    }
}

/// `DD_FIELD_SNAPSHOTS_CHANGED`: seconds and nanoseconds of the last snapshot change.
const SNAPSHOTS_CHANGED: &str = "com.ixsystems:snapshots_changed";

/// A DSL directory whose snapshots changed at `time`: turned into a ZAP holding that time
/// (dsl_dir.c `dsl_dir_snap_cmtime_update`, `dsl_dir_zapify`), `bonus` kept.
pub(super) fn zapified_dir(bonus: Vec<u8>, salt: u64, time: u64) -> Object {
    let mut zap = Zap::new(salt);
    let value = ZapValue::U64Array(vec![time, 0]);
    zap.add(SNAPSHOTS_CHANGED.as_bytes(), value);
    Object {
        bonus_type: DmuType::DslDir,
        bonus,
        ..zap_object(DmuType::OtnZapMetadata, &zap)
    }
}
