//! `dsl_dataset_phys_t`: the 320-byte bonus of a dataset (a head or a snapshot).
//! OpenZFS include/sys/dsl_dataset.h; module/zfs/dsl_dataset.c (`dsl_dataset_create_sync_dd`,
//! `dsl_dataset_snapshot_sync_impl`).
use core::mem::offset_of;
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::BlkPtr;

/// `DS_FLAG_UNIQUE_ACCURATE`: `ds_unique_bytes` is exact (every dataset since SPA v9).
pub const DS_FLAG_UNIQUE_ACCURATE: u64 = 1 << 2;

/// A dataset: its directory, snapshot links, space, identity and object set.
/// OpenZFS include/sys/dsl_dataset.h `dsl_dataset_phys_t`.
#[derive(Clone, Debug, PartialEq, Eq, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct DslDatasetPhys {
    /// The DSL directory (`DMU_OT_DSL_DIR`).
    pub ds_dir_obj: U64,
    /// The previous snapshot (for clones: the origin).
    pub ds_prev_snap_obj: U64,
    /// Creation txg of `ds_prev_snap_obj`.
    pub ds_prev_snap_txg: U64,
    /// The next snapshot, or the head (snapshots only).
    pub ds_next_snap_obj: U64,
    /// Snapshot name → dataset ZAP (`DMU_OT_DSL_DS_SNAP_MAP`; 0 for snapshots).
    pub ds_snapnames_zapobj: U64,
    /// Snapshots: 1 + clones; heads: 0.
    pub ds_num_children: U64,
    /// Seconds since 1970.
    pub ds_creation_time: U64,
    /// Txg of creation (1 for datasets made in the pool's first txg).
    pub ds_creation_txg: U64,
    /// The deadlist (`DMU_OT_DEADLIST`).
    pub ds_deadlist_obj: U64,
    /// Allocated bytes the object set references (formerly `ds_used_bytes`).
    pub ds_referenced_bytes: U64,
    /// Physical bytes referenced.
    pub ds_compressed_bytes: U64,
    /// Uncompressed bytes referenced (metadata counts its physical size).
    pub ds_uncompressed_bytes: U64,
    /// Bytes no snapshot shares.
    pub ds_unique_bytes: U64,
    /// 56-bit id for `f_fsid`; may change.
    pub ds_fsid_guid: U64,
    /// 64-bit id that never changes.
    pub ds_guid: U64,
    /// `DS_FLAG_*`.
    pub ds_flags: U64,
    /// The object set block (all zero: none, as for `$ORIGIN`).
    pub ds_bp: BlkPtr,
    /// Clones of this snapshot (`DMU_OT_NEXT_CLONES`; 0: none).
    pub ds_next_clones_obj: U64,
    /// Snapshot properties ZAP (0: none).
    pub ds_props_obj: U64,
    /// User holds ZAP (0: none).
    pub ds_userrefs_obj: U64,
    /// Padding to 320 bytes.
    pub ds_pad: [U64; 5],
}

const _: () = assert!(size_of::<DslDatasetPhys>() == 320);
const _: () = assert!(offset_of!(DslDatasetPhys, ds_bp) == 128);
const _: () = assert!(offset_of!(DslDatasetPhys, ds_next_clones_obj) == 256);
