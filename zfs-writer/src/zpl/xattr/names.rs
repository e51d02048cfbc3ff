//! What Linux and the ZFS module refuse in an xattr's name and size, before any is stored.
//! Linux include/uapi/linux/limits.h (`XATTR_NAME_MAX` 255, `XATTR_SIZE_MAX` 65536), fs/xattr.c
//! (`xattr_resolve_name`: a handler by prefix, a non-empty suffix; `xattr_permission`: `user.`
//! only on regular files and directories), security/commoncap.c `cap_convert_nscap`
//! (`validheader`); OpenZFS module/os/linux/zfs/zpl_xattr.c `zpl_xattr_handlers`,
//! `__zpl_xattr_user_set` (`ZFS_XA_NS_PREFIX_FORBIDDEN`, include/sys/fs/zfs.h).
use super::super::ZnodeKind;

pub(crate) const XATTR_NAME_MAX: usize = 255;
pub(crate) const XATTR_SIZE_MAX: usize = 65536;
pub(crate) const POSIX_ACL_ACCESS: &str = "system.posix_acl_access";
pub(crate) const POSIX_ACL_DEFAULT: &str = "system.posix_acl_default";
/// The prefixes of `zpl_xattr_handlers` (the ACL handlers take exact names).
const PREFIXES: [&str; 3] = ["user.", "trusted.", "security."];
/// `ZFS_XA_NS_*_PREFIX`: a `user.` name may not continue with another namespace.
const FORBIDDEN: [&str; 5] = ["freebsd:", "security.", "system.", "trusted.", "user."];
/// `VFS_CAP_REVISION_2`/`_3` with their `XATTR_CAPS_SZ_2`/`_3` (include/uapi/linux/capability.h).
const CAPS: [(u32, usize); 2] = [(0x0200_0000, 20), (0x0300_0000, 24)];

/// Checks one attribute of an entry of `kind`; the name as text, or why it is refused.
pub(crate) fn check<'a>(kind: &ZnodeKind, name: &'a [u8], value: &[u8]) -> Result<&'a str, String> {
    if name.is_empty() || name.len() > XATTR_NAME_MAX {
        return Err(format!(
            "the name is {} bytes; Linux takes 1 to 255 (XATTR_NAME_MAX)",
            name.len()
        ));
    }
    let name = std::str::from_utf8(name).map_err(|_| "the name is not UTF-8".to_owned())?;
    if name.contains('\0') {
        return Err("the name contains NUL".into());
    }
    if value.len() > XATTR_SIZE_MAX {
        return Err(format!(
            "the value is {} bytes; Linux takes at most 65536 (XATTR_SIZE_MAX)",
            value.len()
        ));
    }
    namespace(kind, name, value)?;
    Ok(name)
}

/// The namespace rules: a handler's prefix and a suffix, `user.` limits, capability sizes.
fn namespace(kind: &ZnodeKind, name: &str, value: &[u8]) -> Result<(), String> {
    if name == POSIX_ACL_ACCESS || name == POSIX_ACL_DEFAULT {
        return Ok(());
    }
    let Some(prefix) = PREFIXES.iter().find(|p| name.starts_with(*p)) else {
        return Err(
            "no namespace the ZFS module takes (user., trusted., security., \
                    system.posix_acl_access, system.posix_acl_default)"
                .into(),
        );
    };
    let rest = &name[prefix.len()..];
    if rest.is_empty() {
        return Err("the name is only a namespace prefix".into());
    }
    if *prefix == "user." && FORBIDDEN.iter().any(|f| rest.starts_with(f)) {
        return Err("a user. name may not continue with a namespace prefix (EINVAL)".into());
    }
    if *prefix == "user." && !matches!(kind, ZnodeKind::File | ZnodeKind::Dir) {
        return Err("Linux allows user. attributes only on regular files and directories".into());
    }
    if name == "security.capability" && !valid_caps(value) {
        return Err(
            "security.capability is not a v2 (20-byte) or v3 (24-byte) vfs_cap_data".into(),
        );
    }
    Ok(())
}

/// `validheader`: the size matches the revision in `magic_etc`.
fn valid_caps(value: &[u8]) -> bool {
    let Some(magic) = value.get(..4) else {
        return false;
    };
    let revision = u32::from_le_bytes(magic.try_into().expect("4 bytes")) & 0xFF00_0000;
    CAPS.contains(&(revision, value.len()))
}
