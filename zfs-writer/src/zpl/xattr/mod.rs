//! Extended attributes (ZFS.md Part 3 "SA xattrs"; OpenZFS module/os/linux/zfs/zpl_xattr.c).
//!
//! For each entry, in name order as `setxattr` would meet them: `names` refuses what Linux
//! and the ZFS module refuse, `posix_acl` normalises ACL values, `placement` puts each in the
//! `ZPL_DXATTR` nvlist or the hidden xattr directory, and `sa` turns that into the znode's
//! extra SA attributes (`ZPL_DXATTR`, `ZPL_XATTR`) and the `ZFS_XATTR` flag.
mod acl_valid; // posix_acl_valid: entry order, mask, rwx bits
mod names; // XATTR_NAME_MAX, XATTR_SIZE_MAX, namespaces (xattr_resolve_name, zpl_xattr_handlers)
mod placement; // SA or directory (zpl_xattr_set, zpl_xattr_set_sa, zfs_sa_set_xattr)
mod plan; // one entry: check, ACLs, placement (zpl_set_acl_impl)
mod posix_acl; // posix_acl_from_xattr, posix_acl_valid, posix_acl_equiv_mode
mod sa; // ZPL_DXATTR / ZPL_XATTR attributes, ZFS_XATTR (zfs_sa_set_xattr, zfs_make_xattrdir)

pub use placement::{DXATTR_MAX_ENTRY_SIZE, DXATTR_MAX_SA_SIZE, XattrPlacement, place};
pub use plan::{EntryXattrs, Refusal, XattrPolicy, plan_xattrs};
pub(crate) use sa::mark_xattr;
pub use sa::{ZFS_XATTR, xattr_sa_bonus};
