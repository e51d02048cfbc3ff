//! `posix_acl_valid`: the entry order and rules Linux checks before it stores a POSIX ACL.
//! Linux include/uapi/linux/posix_acl.h (`ACL_*` tags, `ACL_UNDEFINED_ID`), fs/posix_acl.c
//! `posix_acl_valid`, `posix_acl_from_xattr` (named ids must be valid, not -1).

pub(crate) use anvil_tree::posix_acl::{
    GROUP, GROUP_OBJ, MASK, OTHER, UNDEFINED_ID, USER, USER_OBJ,
};

/// `posix_acl_valid` and `posix_acl_from_xattr`'s checks: user@, users, group@, groups,
/// mask, other, in that order; a mask when users or groups are named; rwx bits only; named
/// ids that are valid (not -1).
pub(crate) fn valid(entries: &[(u16, u16, u32)]) -> Result<(), String> {
    let (mut state, mut needs_mask) = (USER_OBJ, false);
    for &(tag, perm, id) in entries {
        if perm & !7 != 0 {
            return Err(format!(
                "POSIX ACL permission {perm:#x} has bits beyond rwx"
            ));
        }
        if matches!(tag, USER | GROUP) && id == UNDEFINED_ID {
            return Err("a named POSIX ACL entry has id -1".into());
        }
        state = match (tag, state) {
            (USER_OBJ, USER_OBJ) => USER,
            (USER, USER) | (GROUP, GROUP) => {
                needs_mask = true;
                state
            }
            (GROUP_OBJ, USER) => GROUP,
            (MASK, GROUP) => OTHER,
            (OTHER, OTHER) => 0,
            (OTHER, GROUP) if !needs_mask => 0,
            (OTHER, GROUP) => return Err("named POSIX ACL entries need a mask entry".into()),
            _ => {
                return Err(format!(
                    "POSIX ACL entry tag {tag:#x} out of order or unknown"
                ));
            }
        };
    }
    match state {
        0 => Ok(()),
        _ => Err("a POSIX ACL needs user@, group@, other (and a mask with named entries)".into()),
    }
}
