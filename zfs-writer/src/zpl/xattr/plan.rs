//! One entry's xattrs as the kernel leaves them after `setxattr` of each, in name order, on
//! a new znode: refused where Linux or ZFS refuse, POSIX ACLs normalised (and an access ACL
//! the mode already says dropped, the mode taken from it), the rest placed.
//! OpenZFS module/os/linux/zfs/zpl_xattr.c `zpl_set_acl_impl` (no ACL on symlinks, a default
//! ACL only on directories, `posix_acl_equiv_mode`), `zpl_xattr_acl_set_access` (acltype).
use anvil_tree::Xattr;

use super::names::{POSIX_ACL_ACCESS, POSIX_ACL_DEFAULT, check};
use super::placement::{XattrPlacement, place};
use super::posix_acl::{encode, equiv_mode, parse};
use crate::zpl::ZnodeKind;

/// How a dataset takes xattrs: `xattr=sa` (else `dir`), and whether `acltype=posix`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct XattrPolicy {
    /// `xattr=sa`: attributes go to the SA first; `false` is `xattr=dir`.
    pub sa: bool,
    /// `acltype=posix`: the `system.posix_acl_*` attributes are taken.
    pub posix_acl: bool,
}

/// An entry's xattrs after the kernel took them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryXattrs {
    /// Permission bits (with setuid, setgid, sticky) after the access ACL set them.
    pub mode: u64,
    /// Where each kept attribute is stored.
    pub placement: XattrPlacement,
}

/// A refused attribute: its name (lossy) and the rule it breaks.
pub type Refusal = (String, String);

/// `setxattr` of each of `xattrs` on a new znode of `kind` with permission bits `mode`.
pub fn plan_xattrs(
    kind: &ZnodeKind,
    mode: u64,
    xattrs: &[Xattr],
    policy: XattrPolicy,
) -> Result<EntryXattrs, Refusal> {
    let mut mode = mode;
    let mut kept = Vec::new();
    for x in xattrs {
        let fail = |why: String| (String::from_utf8_lossy(&x.name).into_owned(), why);
        let name = check(kind, &x.name, &x.value).map_err(fail)?;
        if name != POSIX_ACL_ACCESS && name != POSIX_ACL_DEFAULT {
            kept.push((name.to_owned(), x.value.clone()));
            continue;
        }
        if !policy.posix_acl {
            return Err(fail("POSIX ACLs need the dataset's acltype=posix".into()));
        }
        if matches!(kind, ZnodeKind::Symlink(_)) {
            return Err(fail(
                "Linux keeps no POSIX ACL on a symlink (EOPNOTSUPP)".into(),
            ));
        }
        let Some(acl) = parse(&x.value).map_err(fail)? else {
            continue; // an empty ACL removes the attribute
        };
        if name == POSIX_ACL_DEFAULT && *kind != ZnodeKind::Dir {
            return Err(fail(
                "a default ACL is only for directories (EACCES)".into(),
            ));
        }
        if name == POSIX_ACL_ACCESS {
            let (acl_mode, equivalent) = equiv_mode(&acl, mode);
            mode = acl_mode;
            if equivalent {
                continue; // the mode says it all: zpl_set_acl_impl stores nothing
            }
        }
        kept.push((name.to_owned(), encode(&acl)));
    }
    let placement = place(&kept, policy.sa);
    Ok(EntryXattrs { mode, placement })
}
