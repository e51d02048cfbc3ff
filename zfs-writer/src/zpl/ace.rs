//! `zfs_ace_hdr_t`: one 8-byte ACE of the `ZPL_DACL_ACES` attribute, and the ACE bits.
//! OpenZFS include/sys/zfs_acl.h (ZFS_ACL_VERSION_FUID ACLs), include/os/linux/spl/sys/acl.h.
//! owner@, group@ and everyone@ entries are the bare header: they name no FUID.
use core::mem::size_of;
use zerocopy::little_endian::{U16, U32};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// An ACE naming owner@, group@ or everyone@ (`zfs_ace_hdr_t`, alias `zfs_ace_abstract_t`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned,
)]
#[repr(C)]
pub struct ZfsAceHdr {
    /// `ACE_ACCESS_ALLOWED_ACE_TYPE` (0) or `ACE_ACCESS_DENIED_ACE_TYPE` (1).
    pub z_type: U16,
    /// Who (`ACE_OWNER`, `OWNING_GROUP`, `ACE_EVERYONE`) and inheritance flags.
    pub z_flags: U16,
    /// `ACE_*` permission bits.
    pub z_access_mask: U32,
}

const _: () = assert!(size_of::<ZfsAceHdr>() == 8);

impl ZfsAceHdr {
    /// An ACE of `z_type` for `who` granting or denying `mask` (`zfs_set_ace`).
    pub(crate) fn new(z_type: u16, who: u16, mask: u32) -> ZfsAceHdr {
        ZfsAceHdr {
            z_type: U16::new(z_type),
            z_flags: U16::new(who),
            z_access_mask: U32::new(mask),
        }
    }
}

// z_type
pub(crate) const ALLOW: u16 = 0; // ACE_ACCESS_ALLOWED_ACE_TYPE
pub(crate) const DENY: u16 = 1; // ACE_ACCESS_DENIED_ACE_TYPE

// z_flags: who the entry is about
pub(crate) const ACE_INHERIT_ONLY_ACE: u16 = 0x0008;
pub(crate) const ACE_OWNER: u16 = 0x1000;
pub(crate) const OWNING_GROUP: u16 = 0x2000 | 0x0040; // ACE_GROUP | ACE_IDENTIFIER_GROUP
pub(crate) const ACE_EVERYONE: u16 = 0x4000;
pub(crate) const ACE_TYPE_FLAGS: u16 = ACE_OWNER | OWNING_GROUP | ACE_EVERYONE;

// z_access_mask
pub(crate) const ACE_READ_DATA: u32 = 0x0000_0001;
pub(crate) const ACE_WRITE_DATA: u32 = 0x0000_0002;
pub(crate) const ACE_APPEND_DATA: u32 = 0x0000_0004;
pub(crate) const ACE_READ_NAMED_ATTRS: u32 = 0x0000_0008;
pub(crate) const ACE_WRITE_NAMED_ATTRS: u32 = 0x0000_0010;
pub(crate) const ACE_EXECUTE: u32 = 0x0000_0020;
pub(crate) const ACE_DELETE_CHILD: u32 = 0x0000_0040;
pub(crate) const ACE_READ_ATTRIBUTES: u32 = 0x0000_0080;
pub(crate) const ACE_WRITE_ATTRIBUTES: u32 = 0x0000_0100;
pub(crate) const ACE_READ_ACL: u32 = 0x0002_0000;
pub(crate) const ACE_WRITE_ACL: u32 = 0x0004_0000;
pub(crate) const ACE_WRITE_OWNER: u32 = 0x0008_0000;
pub(crate) const ACE_SYNCHRONIZE: u32 = 0x0010_0000;
