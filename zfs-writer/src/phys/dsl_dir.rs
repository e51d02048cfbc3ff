//! `dsl_dir_phys_t`: the 256-byte bonus of a DSL directory (one per dataset name).
//! OpenZFS include/sys/dsl_dir.h; module/zfs/dsl_dir.c (`dsl_dir_create_sync`).
use core::mem::offset_of;
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `DD_FLAG_USED_BREAKDOWN`: `dd_used_breakdown` is maintained.
pub const DD_FLAG_USED_BREAKDOWN: u64 = 1;
/// `dd_used_t` index: space of the head dataset.
pub const DD_USED_HEAD: usize = 0;
/// `dd_used_t` index: space only snapshots hold.
pub const DD_USED_SNAP: usize = 1;
/// `dd_used_t` index: space of child directories.
pub const DD_USED_CHILD: usize = 2;
/// `DD_USED_NUM`: length of `dd_used_breakdown`.
pub const DD_USED_NUM: usize = 5;

/// A DSL directory: its head dataset, parent, children, properties and space.
/// OpenZFS include/sys/dsl_dir.h `dsl_dir_phys_t`.
#[derive(Clone, Debug, PartialEq, Eq, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct DslDirPhys {
    /// Seconds since 1970 ("not actually used").
    pub dd_creation_time: U64,
    /// The head dataset (`DMU_OT_DSL_DATASET`; 0 for `$MOS`, `$FREE`).
    pub dd_head_dataset_obj: U64,
    /// The parent directory (0 for the root).
    pub dd_parent_obj: U64,
    /// The snapshot this directory's head was cloned from.
    pub dd_origin_obj: U64,
    /// Child name → directory ZAP (`DMU_OT_DSL_DIR_CHILD_MAP`).
    pub dd_child_dir_zapobj: U64,
    /// Allocated bytes of this directory and its children.
    pub dd_used_bytes: U64,
    /// Physical (compressed) bytes of this directory and its children.
    pub dd_compressed_bytes: U64,
    /// Uncompressed bytes of this directory and its children.
    pub dd_uncompressed_bytes: U64,
    /// `quota` (0: none).
    pub dd_quota: U64,
    /// `reservation` (0: none).
    pub dd_reserved: U64,
    /// Property name → value ZAP (`DMU_OT_DSL_PROPS`).
    pub dd_props_zapobj: U64,
    /// Delegated permissions ZAP (0: none).
    pub dd_deleg_zapobj: U64,
    /// `DD_FLAG_*`.
    pub dd_flags: U64,
    /// `dd_used_bytes` split by `dd_used_t`.
    pub dd_used_breakdown: [U64; DD_USED_NUM],
    /// Clones of this directory's snapshots (`DMU_OT_DSL_CLONES`; 0: none).
    pub dd_clones: U64,
    /// Padding to 256 bytes.
    pub dd_pad: [U64; 13],
}

const _: () = assert!(size_of::<DslDirPhys>() == 256);
const _: () = assert!(offset_of!(DslDirPhys, dd_flags) == 96);
const _: () = assert!(offset_of!(DslDirPhys, dd_clones) == 144);
