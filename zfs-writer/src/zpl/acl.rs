//! The trivial ACL a new znode gets from its mode.
//! OpenZFS module/os/linux/zfs/zfs_acl.c: `zfs_acl_ids_create` (parents with trivial ACLs have
//! no `ZFS_INHERIT_ACE`, so nothing is inherited) calls `zfs_acl_chmod` on an empty ACL, which
//! writes the `acl_trivial_access_masks` entries: up to three that keep the mode's meaning
//! where owner@/group@/everyone@ alone cannot (owner allowed what group lacks but others
//! have; owner denied what it lacks but others have; group denied what it lacks but others
//! have), then owner@, group@ and everyone@. Trimming to group bits needs aclmode=groupmask;
//! the default (discard) does not trim. A later chmod(2) rebuilds the same entries.
use super::ace::{
    ACE_APPEND_DATA, ACE_DELETE_CHILD, ACE_EVERYONE, ACE_EXECUTE, ACE_OWNER, ACE_READ_ACL,
    ACE_READ_ATTRIBUTES, ACE_READ_DATA, ACE_READ_NAMED_ATTRS, ACE_SYNCHRONIZE, ACE_WRITE_ACL,
    ACE_WRITE_ATTRIBUTES, ACE_WRITE_DATA, ACE_WRITE_NAMED_ATTRS, ACE_WRITE_OWNER, ALLOW, DENY,
    OWNING_GROUP, ZfsAceHdr,
};

/// What owner@, group@ and everyone@ are always allowed: read the ACL, the attributes and
/// the named attributes, and synchronize.
const ACE_BASE: u32 = ACE_READ_ACL | ACE_READ_ATTRIBUTES | ACE_READ_NAMED_ATTRS | ACE_SYNCHRONIZE;

/// What only the owner may always do: change attributes, owner, ACL and named attributes.
const ACE_OWNER_ONLY: u32 =
    ACE_WRITE_ATTRIBUTES | ACE_WRITE_OWNER | ACE_WRITE_ACL | ACE_WRITE_NAMED_ATTRS;

/// The ACEs of a new znode with permission bits `mode` (`S_IFMT`, setuid, setgid and sticky
/// play no part), in on-disk order.
pub fn trivial_acl(mode: u64, is_dir: bool) -> Vec<ZfsAceHdr> {
    let rwx = |shift: u32| u32::try_from((mode >> shift) & 7).expect("3 bits");
    let (usr, grp, oth) = (rwx(6), rwx(3), rwx(0));
    let masks = |bits: u32| ace_masks(bits, is_dir);
    let extra = [
        (ALLOW, ACE_OWNER, masks(usr & !grp & oth)),
        (DENY, ACE_OWNER, masks(!usr & (grp | oth))),
        (DENY, OWNING_GROUP, masks(!grp & oth)),
    ];
    let trivial = [
        (ALLOW, ACE_OWNER, ACE_BASE | ACE_OWNER_ONLY | masks(usr)),
        (ALLOW, OWNING_GROUP, ACE_BASE | masks(grp)),
        (ALLOW, ACE_EVERYONE, ACE_BASE | masks(oth)),
    ];
    let needed = extra.into_iter().filter(|&(_, _, mask)| mask != 0);
    let aces = needed.chain(trivial);
    aces.map(|(z_type, who, mask)| ZfsAceHdr::new(z_type, who, mask))
        .collect()
}

/// ACE permission bits for the `rwx` bits in `bits` (4 read, 2 write, 1 execute): writing a
/// directory also allows deleting its children.
fn ace_masks(bits: u32, is_dir: bool) -> u32 {
    let write = ACE_WRITE_DATA | ACE_APPEND_DATA | if is_dir { ACE_DELETE_CHILD } else { 0 };
    let pick = |bit: u32, mask: u32| if bits & bit != 0 { mask } else { 0 };
    pick(4, ACE_READ_DATA) | pick(2, write) | pick(1, ACE_EXECUTE)
}
