//! The Linux POSIX ACL xattr format every tree carries ACLs in (`system.posix_acl_access`,
//! `system.posix_acl_default`): a little-endian u32 version, then `{u16 tag, u16 perm,
//! u32 id}` entries. Linux include/uapi/linux/posix_acl.h, posix_acl_xattr.h.

/// `POSIX_ACL_XATTR_VERSION`.
pub const VERSION: u32 = 2;
/// `ACL_UNDEFINED_ID`: the id of entries that name no one.
pub const UNDEFINED_ID: u32 = u32::MAX;
/// `ACL_USER_OBJ`: the owner.
pub const USER_OBJ: u16 = 0x01;
/// `ACL_USER`: a named user.
pub const USER: u16 = 0x02;
/// `ACL_GROUP_OBJ`: the owning group.
pub const GROUP_OBJ: u16 = 0x04;
/// `ACL_GROUP`: a named group.
pub const GROUP: u16 = 0x08;
/// `ACL_MASK`: the most named entries and the owning group may get.
pub const MASK: u16 = 0x10;
/// `ACL_OTHER`: everyone else.
pub const OTHER: u16 = 0x20;
