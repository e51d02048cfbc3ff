//! The `xattr` and `acltype` properties of a dataset whose tree has extended attributes.
//! OpenZFS module/zcommon/zfs_prop.c (`xattr_table`: off 0, dir 1, sa 2 — `on` is sa;
//! `acltype_table`: off 0, posix 1 — also named `posixacl`, as in 2.1 —, nfsv4 2),
//! include/sys/fs/zfs.h (`ZFS_XATTR_*`), include/sys/zfs_ioctl.h (`ZFS_ACLTYPE_POSIX`).
//!
//! A tree with attributes sets `xattr=sa` explicitly, and one with a `system.posix_acl_*`
//! attribute `acltype=posix`; a property the manifest sets wins. With `xattr=dir` every
//! attribute becomes a file of its entry's hidden xattr directory, which the kernel reads
//! under any `xattr` value (`zpl_xattr_get` looks in the SA, then the directory). With
//! `xattr=off` the kernel refuses every `setxattr`, so such a tree is refused; so are POSIX
//! ACLs under any `acltype` but posix (`zpl_xattr_acl_set_access`: `EOPNOTSUPP`).
use anvil_tree::Tree;

use super::PropValue;
use crate::error::{Error, Result};
use crate::zpl::XattrPolicy;

const ZFS_XATTR_OFF: u64 = 0;
const ZFS_XATTR_SA: u64 = 2;
const ZFS_ACLTYPE_POSIX: u64 = 1;

/// Adds the properties `tree` needs to `props` and says how its xattrs are to be written.
pub(super) fn xattr_props(
    tree: &Tree,
    props: &mut Vec<(String, PropValue)>,
) -> Result<XattrPolicy> {
    let mut with_xattrs = tree.entries().iter().filter(|e| !e.xattrs.is_empty());
    let Some(first) = with_xattrs.next() else {
        let policy = XattrPolicy {
            sa: true,
            posix_acl: false,
        };
        return Ok(policy);
    };
    let acl = |e: &anvil_tree::Entry| {
        e.xattrs
            .iter()
            .any(|x| x.name.starts_with(b"system.posix_acl_"))
    };
    let any_acl = acl(first) || with_xattrs.any(acl);
    let xattr = number(props, "xattr").unwrap_or_else(|| push(props, "xattr", ZFS_XATTR_SA));
    if xattr == ZFS_XATTR_OFF {
        return Err(Error::Xattr {
            path: String::from_utf8_lossy(&first.path).into_owned(),
            name: String::from_utf8_lossy(&first.xattrs[0].name).into_owned(),
            why: "the dataset has xattr=off, where the kernel refuses every attribute".into(),
        });
    }
    let acltype = match number(props, "acltype") {
        Some(v) => v,
        None if any_acl => push(props, "acltype", ZFS_ACLTYPE_POSIX),
        None => 0,
    };
    Ok(XattrPolicy {
        sa: xattr == ZFS_XATTR_SA,
        posix_acl: acltype == ZFS_ACLTYPE_POSIX,
    })
}

fn number(props: &[(String, PropValue)], name: &str) -> Option<u64> {
    props.iter().find_map(|(n, v)| match v {
        PropValue::Number(v) if n == name => Some(*v),
        _ => None,
    })
}

fn push(props: &mut Vec<(String, PropValue)>, name: &str, value: u64) -> u64 {
    props.push((name.to_owned(), PropValue::Number(value)));
    value
}
