//! Extended attributes: the `ZPL_DXATTR` nvlist bytes, SA-or-directory placement at the
//! kernel's limits, POSIX ACL handling, refusals, and the layouts xattrs add.
mod acl; // access ACL sets the mode; equivalent ACLs vanish; default ACL only on dirs
mod acl_refused; // bad ACLs, default ACLs on files, ACLs on symlinks or without acltype
mod layouts; // DXATTR appended after zfs_mknode's attributes; new layouts from 6
mod nvlist_bytes; // NV_ENCODE_XDR byte-array pairs, byte for byte
mod placement; // DXATTR_MAX_ENTRY_SIZE, SA_ATTR_MAX_LEN, xattr=dir, directory-first order
mod refusals; // what Linux and the ZFS module refuse
