//! POSIX ACLs as the kernel takes them (Linux fs/posix_acl.c; OpenZFS zpl_xattr.c
//! `zpl_set_acl_impl`): the access ACL sets the mode's bits (the mask as the group's); one
//! the mode already says is not stored; ids of unnamed entries become -1; a default ACL
//! only on directories; none on symlinks; and only under acltype=posix.
use anvil_tree::Xattr;
use zfs_writer::zpl::{XattrPolicy, ZnodeKind, plan_xattrs};

pub const POSIX: XattrPolicy = XattrPolicy {
    sa: true,
    posix_acl: true,
};
pub const U: u32 = u32::MAX;

pub fn acl(entries: &[(u16, u16, u32)]) -> Vec<u8> {
    let mut v = 2_u32.to_le_bytes().to_vec();
    for (tag, perm, id) in entries {
        v.extend(
            tag.to_le_bytes()
                .iter()
                .chain(&perm.to_le_bytes())
                .chain(&id.to_le_bytes()),
        );
    }
    v
}

pub fn one(name: &str, value: Vec<u8>) -> Vec<Xattr> {
    vec![Xattr {
        name: name.as_bytes().to_vec(),
        value,
    }]
}

pub const ACCESS: &str = "system.posix_acl_access";

#[test]
fn the_mask_sets_the_group_bits_and_ids_are_normalised() {
    let given = acl(&[
        (1, 6, 0),
        (2, 4, 1234),
        (4, 4, 0),
        (8, 6, 5678),
        (0x10, 6, 0),
        (0x20, 4, 0),
    ]);
    let x = plan_xattrs(&ZnodeKind::File, 0o4644, &one(ACCESS, given), POSIX).unwrap();
    assert_eq!(x.mode, 0o4664);
    let stored = acl(&[
        (1, 6, U),
        (2, 4, 1234),
        (4, 4, U),
        (8, 6, 5678),
        (0x10, 6, U),
        (0x20, 4, U),
    ]);
    let sa = x.placement.sa.expect("in the SA");
    assert_eq!(
        sa.lookup(ACCESS),
        Some(&zfs_writer::nvlist::NvValue::ByteArray(stored))
    );
}

#[test]
fn an_acl_the_mode_says_is_dropped_but_sets_the_mode() {
    let given = acl(&[(1, 7, U), (4, 5, U), (0x20, 0, U)]);
    let x = plan_xattrs(&ZnodeKind::File, 0o644, &one(ACCESS, given), POSIX).unwrap();
    assert_eq!((x.mode, x.placement.sa), (0o750, None));
}
