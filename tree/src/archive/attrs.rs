//! A member's extended attributes: its xattr records, plus its text ACLs converted to the
//! `system.posix_acl_*` values Linux reports. An ACL naming a user or group without an id
//! is kept as a pending attribute until the archive's own passwd and group are read.
use std::collections::BTreeMap;

use super::acl;
use crate::entry::Xattr;

/// The xattr names of the access and the default ACL.
pub(super) const ACL_NAMES: [&[u8]; 2] = [b"system.posix_acl_access", b"system.posix_acl_default"];
/// Prefix of a pending ACL's attribute name (a NUL: no real name holds one).
pub(super) const PENDING: &[u8] = b"\0pending:";

/// What a member's ACLs and xattr records give.
pub(super) struct Attrs {
    /// Sorted by name.
    pub xattrs: Vec<Xattr>,
    /// Some ACL is pending a name lookup (its value is the member's header offset, 8 bytes
    /// little-endian, then the ACL text).
    pub pending: bool,
    /// Permission bits the access ACL sets (bsdtar stores the owning group's in the mode).
    pub mode_bits: Option<u32>,
}

/// The attributes of the member whose header is at `at`.
pub(super) fn attrs(
    at: u64,
    mut map: BTreeMap<Vec<u8>, Vec<u8>>,
    acls: [Option<Vec<u8>>; 2],
) -> Result<Attrs, String> {
    let (mut pending, mut mode_bits) = (false, None);
    for (i, text) in acls.into_iter().enumerate() {
        let Some(text) = text else { continue };
        let name = ACL_NAMES[i];
        let parsed = acl::parse(&text)?;
        if i == 0 {
            mode_bits = acl::mode_bits(&parsed);
        }
        let named = parsed
            .iter()
            .any(|e| matches!(e.who, acl::Qualifier::Name(_)));
        if named {
            // A raw xattr of the same ACL, when present, already has the ids.
            if !map.contains_key(name) {
                map.insert(
                    [PENDING, name].concat(),
                    [&at.to_le_bytes()[..], &text].concat(),
                );
                pending = true;
            }
            continue;
        }
        let Some(bytes) = acl::encode(&parsed, i == 0)? else {
            continue;
        };
        if map.get(name).is_some_and(|raw| *raw != bytes) {
            let name = String::from_utf8_lossy(name);
            return Err(format!("SCHILY.acl and the {name} xattr record disagree"));
        }
        map.insert(name.to_vec(), bytes);
    }
    let xattrs = map.into_iter().map(|(name, value)| Xattr { name, value });
    let xattrs = xattrs.collect();
    Ok(Attrs {
        xattrs,
        pending,
        mode_bits,
    })
}
