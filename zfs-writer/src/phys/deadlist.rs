//! `dsl_deadlist_phys_t`: the 320-byte bonus of a deadlist (mintxg → bpobj ZAP).
//! OpenZFS include/sys/dsl_deadlist.h; module/zfs/dsl_deadlist.c (`dsl_deadlist_alloc`).
use core::mem::offset_of;
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Space of the blocks a dataset's deadlist holds (freed while a snapshot kept them).
/// OpenZFS include/sys/dsl_deadlist.h `dsl_deadlist_phys_t`.
#[derive(Clone, Debug, PartialEq, Eq, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct DslDeadlistPhys {
    /// Allocated bytes.
    pub dl_used: U64,
    /// Physical bytes.
    pub dl_comp: U64,
    /// Uncompressed bytes.
    pub dl_uncomp: U64,
    /// Padding to 320 bytes.
    pub dl_pad: [U64; 37],
}

const _: () = assert!(size_of::<DslDeadlistPhys>() == 320);
const _: () = assert!(offset_of!(DslDeadlistPhys, dl_pad) == 24);
