//! `objset_phys_t`: the root block of an object set (the MOS or a dataset).
//! OpenZFS include/sys/dmu_objset.h; written at `OBJSET_PHYS_SIZE_V3` (4 KiB) as OpenZFS 2.x
//! does; the user/group/project-used dnodes stay free unless accounting is written.
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{DnodePhys, ObjsetType};

/// Bytes of an objset block (`OBJSET_PHYS_SIZE_V3`).
pub const OBJSET_PHYS_SIZE: usize = 4096;
/// `os_flags`: the user/group-used objects count every object's bytes.
pub const OBJSET_FLAG_USERACCOUNTING_COMPLETE: u64 = 1 << 0;
/// `os_flags`: they also count every object (`obj-` entries).
pub const OBJSET_FLAG_USEROBJACCOUNTING_COMPLETE: u64 = 1 << 1;
/// `os_flags`: the project-used object is complete too.
pub const OBJSET_FLAG_PROJECTQUOTA_COMPLETE: u64 = 1 << 2;

/// An object set: the meta-dnode whose data blocks hold every other dnode.
#[derive(Clone, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ObjsetPhys {
    /// The dnode of the dnode array.
    pub os_meta_dnode: DnodePhys,
    /// `zil_header_t`: an empty intent log is all zero.
    pub os_zil_header: [u8; 192],
    /// `dmu_objset_type_t`.
    pub os_type: U64,
    /// `OBJSET_FLAG_*`: which accounting objects are complete (none: OpenZFS rebuilds them).
    pub os_flags: U64,
    /// Encryption MACs (unused).
    pub os_portable_mac: [u8; 32],
    /// Encryption MACs (unused).
    pub os_local_mac: [u8; 32],
    /// Padding to 1 KiB.
    pub os_pad0: [u8; 240],
    /// `DMU_USERUSED_OBJECT`.
    pub os_userused_dnode: DnodePhys,
    /// `DMU_GROUPUSED_OBJECT`.
    pub os_groupused_dnode: DnodePhys,
    /// `DMU_PROJECTUSED_OBJECT`.
    pub os_projectused_dnode: DnodePhys,
    /// Padding to 4 KiB.
    pub os_pad1: [u8; 1536],
}

impl ObjsetPhys {
    /// An object set of `os_type` around `meta_dnode`.
    pub fn new(meta_dnode: DnodePhys, os_type: ObjsetType) -> ObjsetPhys {
        let mut os = ObjsetPhys::new_zeroed();
        os.os_meta_dnode = meta_dnode;
        os.os_type = U64::new(os_type as u64);
        os
    }
}

const _: () = assert!(size_of::<ObjsetPhys>() == OBJSET_PHYS_SIZE);
const _: () = assert!(core::mem::offset_of!(ObjsetPhys, os_type) == 704);
const _: () = assert!(core::mem::offset_of!(ObjsetPhys, os_userused_dnode) == 1024);
