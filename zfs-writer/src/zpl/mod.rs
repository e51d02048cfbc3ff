//! ZPL: the POSIX file system inside a dataset (ZFS.md §13; OpenZFS 2.3.2 on Linux).
//!
//! A znode is a dnode whose bonus holds System Attributes. `sa_bonus` packs a znode's
//! attributes as `zfs_mknode` does: mode, sizes, ids, `ZPL_FLAGS` and times, the trivial ACL
//! its mode implies, a device's number, a symlink's target (into a spill block when the
//! bonus is full). The dataset around the znodes needs the master node
//! (`master_node_entries`), the SA master node with the REGISTRY and LAYOUTS ZAPs
//! (`sa_registry`, `sa_layouts` of the layouts the znodes used) and directory entries (`dirent`).
//! With accounting, `zpl_get_file_info` tells the DMU whom each znode's space belongs to.
mod ace; // zfs_ace_hdr_t and the ACE bits
mod acl; // the trivial ACL of a mode (acl_trivial_access_masks, zfs_acl_chmod)
mod file_info; // zpl_get_file_info: a znode's owner, group and project for accounting
mod master_node; // ZPL_VERSION; master node and SA master node entries; dirent values
mod pflags; // ZPL_FLAGS bits; zfs_mode_compute
mod sa_bonus; // a znode's attribute list (zfs_mknode) → SaBonus
mod sa_find_sizes; // the spill point (sa_find_sizes)
mod sa_hdr; // sa_hdr_phys_t
mod sa_layout; // layout numbers and the LAYOUTS ZAP (sa_find_layout)
pub(crate) mod sa_pack; // bonus and spill buffers (sa_build_layouts)
pub(crate) mod sa_registry; // zfs_attr_table and the REGISTRY ZAP (ATTR_ENCODE)
mod xattr; // extended attributes: checks, POSIX ACLs, SA or directory
mod znode; // Znode, ZnodeKind

pub use ace::ZfsAceHdr;
pub use acl::trivial_acl;
pub use file_info::zpl_get_file_info;
pub use master_node::{ZPL_VERSION, dirent, master_node_entries, sa_master_entries};
pub use pflags::{
    ZFS_ACL_AUTO_INHERIT, ZFS_ACL_TRIVIAL, ZFS_ARCHIVE, ZFS_AV_MODIFIED, ZFS_NO_EXECS_DENIED,
    ZFS_PROJID, mode_compute, znode_pflags,
};
pub(crate) use sa_bonus::znode_attrs;
pub use sa_bonus::{SaBonus, SaSpill, ZPL_SYMLINK_MAX, sa_bonus};
pub use sa_hdr::{SA_MAGIC, SaHdrPhys};
pub use sa_layout::{SA_LAYOUT_FIRST, SaLayouts, sa_layouts};
pub(crate) use sa_pack::sa_pack;
pub use sa_registry::{attr_encode, sa_registry};
pub(crate) use xattr::mark_xattr;
pub use xattr::{
    DXATTR_MAX_ENTRY_SIZE, DXATTR_MAX_SA_SIZE, EntryXattrs, Refusal, XattrPlacement, XattrPolicy,
    ZFS_XATTR, place, plan_xattrs, xattr_sa_bonus,
};
pub use znode::{S_IFMT, Znode, ZnodeKind};
