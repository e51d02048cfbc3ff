//! POSIX ACLs the kernel refuses: bad versions, order, bits, a missing mask; a default ACL
//! on a non-directory (EACCES), any ACL on a symlink (EOPNOTSUPP), any ACL without
//! acltype=posix (EOPNOTSUPP). Linux fs/posix_acl.c; OpenZFS zpl_xattr.c `zpl_set_acl_impl`.
use zfs_writer::zpl::{XattrPolicy, ZnodeKind, plan_xattrs};

use super::acl::{ACCESS, POSIX, U, acl, one};

fn refused(kind: &ZnodeKind, name: &str, value: Vec<u8>, policy: XattrPolicy, why: &str) {
    let err = plan_xattrs(kind, 0o755, &one(name, value), policy).expect_err(why);
    assert!(err.1.contains(why), "{why}: {err:?}");
}

#[test]
fn bad_acls_and_bad_places_are_refused() {
    let good = acl(&[
        (1, 7, U),
        (2, 7, 1234),
        (4, 5, U),
        (0x10, 7, U),
        (0x20, 5, U),
    ]);
    let default = "system.posix_acl_default";
    let link = ZnodeKind::Symlink(b"t".to_vec());
    let no_acl = XattrPolicy {
        sa: true,
        posix_acl: false,
    };
    let file = ZnodeKind::File;
    refused(&file, default, good.clone(), POSIX, "only for directories");
    refused(&link, ACCESS, good.clone(), POSIX, "symlink");
    refused(&file, ACCESS, good.clone(), no_acl, "acltype=posix");
    refused(&file, ACCESS, vec![1, 0, 0, 0], POSIX, "version 1");
    let swapped = acl(&[(4, 5, U), (1, 7, U), (0x20, 0, U)]);
    refused(&file, ACCESS, swapped, POSIX, "out of order");
    let unmasked = acl(&[(1, 7, U), (2, 7, 9), (4, 5, U), (0x20, 0, U)]);
    refused(&file, ACCESS, unmasked, POSIX, "need a mask");
    refused(
        &file,
        ACCESS,
        acl(&[(1, 8, U), (4, 5, U), (0x20, 0, U)]),
        POSIX,
        "rwx",
    );
    refused(&file, ACCESS, vec![2, 0, 0, 0, 1], POSIX, "4 + 8n");
    assert!(plan_xattrs(&ZnodeKind::Dir, 0o755, &one(default, good), POSIX).is_ok());
}
