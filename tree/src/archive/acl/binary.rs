//! An ACL as the kernel's `posix_acl_xattr` value: a little-endian u32 version 2, then one
//! `{u16 tag, u16 perm, u32 id}` per entry sorted by tag then id, id `0xFFFFFFFF` for the
//! entries without a qualifier (Linux `include/uapi/linux/posix_acl_xattr.h`).
use super::text::{Acl, Qualifier};
use crate::posix_acl::{
    GROUP, GROUP_OBJ, MASK, OTHER, UNDEFINED_ID as UNDEFINED, USER, USER_OBJ, VERSION,
};

/// The binary value, or `None` for an access ACL the mode bits already say (the kernel
/// stores none for it). Every name must already be resolved to an id.
pub(crate) fn encode(acl: &Acl, access: bool) -> Result<Option<Vec<u8>>, String> {
    let mut entries = Vec::with_capacity(acl.len());
    for e in acl {
        let id = match &e.who {
            Qualifier::None => UNDEFINED,
            Qualifier::Id(id) => *id,
            Qualifier::Name(name) => {
                let name = String::from_utf8_lossy(name);
                return Err(format!("ACL names {name:?}, which has no numeric id"));
            }
        };
        entries.push((e.tag, id, e.perm));
    }
    entries.sort_unstable();
    entries.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));
    let extended = entries.iter().any(|e| matches!(e.0, USER | GROUP | MASK));
    if access && !extended {
        return Ok(None);
    }
    let mut out = VERSION.to_le_bytes().to_vec();
    for (tag, id, perm) in entries {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&perm.to_le_bytes());
        out.extend_from_slice(&id.to_le_bytes());
    }
    Ok(Some(out))
}

/// The permission bits an access ACL gives the file, as the kernel sets them when the ACL
/// is applied (`posix_acl_equiv_mode`): owner, mask (else owning group), other.
pub(crate) fn mode_bits(acl: &Acl) -> Option<u32> {
    let perm = |tag| acl.iter().find(|e| e.tag == tag).map(|e| u32::from(e.perm));
    let group = perm(MASK).or(perm(GROUP_OBJ))?;
    Some((perm(USER_OBJ)? << 6) | (group << 3) | perm(OTHER)?)
}

#[cfg(test)]
mod tests;
