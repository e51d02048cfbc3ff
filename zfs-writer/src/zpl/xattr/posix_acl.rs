//! POSIX ACL xattr values (`system.posix_acl_access`, `_default`) as the Linux kernel takes
//! them: `posix_acl_from_xattr` (version 2, 8-byte entries), `posix_acl_valid` (entry order,
//! a mask when named entries exist), `posix_acl_equiv_mode` and, on the way back to bytes,
//! `posix_acl_to_xattr` (ids of the `*_OBJ`, mask and other entries become
//! `ACL_UNDEFINED_ID`). Linux include/uapi/linux/posix_acl_xattr.h, fs/posix_acl.c; OpenZFS
//! module/os/linux/zfs/zpl_xattr.c `zpl_set_acl_impl`, `zpl_acl_to_xattr`.

use super::acl_valid::{GROUP, GROUP_OBJ, MASK, OTHER, UNDEFINED_ID, USER, USER_OBJ, valid};
use anvil_tree::posix_acl::VERSION;

/// A valid ACL: `(tag, perm, id)` entries; `None` for an empty one (the kernel removes it).
pub(crate) type Acl = Option<Vec<(u16, u16, u32)>>;

/// Parses and checks `value` as the kernel does, or says why the kernel refuses it.
pub(crate) fn parse(value: &[u8]) -> Result<Acl, String> {
    let le16 = |at: usize| u16::from_le_bytes([value[at], value[at + 1]]);
    let le32 = |at: usize| u32::from_le_bytes(value[at..at + 4].try_into().expect("4 bytes"));
    if value.len() < 4 || !(value.len() - 4).is_multiple_of(8) {
        return Err(format!(
            "a POSIX ACL of {} bytes is not 4 + 8n",
            value.len()
        ));
    }
    if le32(0) != VERSION {
        return Err(format!("POSIX ACL version {} is not 2", le32(0)));
    }
    let entries: Vec<_> = (4..value.len())
        .step_by(8)
        .map(|at| (le16(at), le16(at + 2), le32(at + 4)))
        .collect();
    if entries.is_empty() {
        return Ok(None);
    }
    valid(&entries)?;
    let named = |tag| matches!(tag, USER | GROUP);
    let canonical = |(tag, perm, id)| (tag, perm, if named(tag) { id } else { UNDEFINED_ID });
    Ok(Some(entries.into_iter().map(canonical).collect()))
}

/// `posix_acl_equiv_mode`: the permission bits the ACL gives the mode (the mask stands for
/// the group), and whether the mode alone says as much (then the kernel stores no ACL).
pub(crate) fn equiv_mode(acl: &[(u16, u16, u32)], mode: u64) -> (u64, bool) {
    let (mut bits, mut equiv) = (0_u64, true);
    for &(tag, perm, _) in acl {
        let perm = u64::from(perm);
        match tag {
            USER_OBJ => bits |= perm << 6,
            GROUP_OBJ => bits |= perm << 3,
            OTHER => bits |= perm,
            MASK => (bits, equiv) = ((bits & !0o070) | perm << 3, false),
            _ => equiv = false,
        }
    }
    ((mode & !0o777) | bits, equiv)
}

/// `posix_acl_to_xattr`: the bytes the kernel stores.
pub(crate) fn encode(acl: &[(u16, u16, u32)]) -> Vec<u8> {
    let mut out = VERSION.to_le_bytes().to_vec();
    for &(tag, perm, id) in acl {
        out.extend(tag.to_le_bytes());
        out.extend(perm.to_le_bytes());
        out.extend(id.to_le_bytes());
    }
    out
}
