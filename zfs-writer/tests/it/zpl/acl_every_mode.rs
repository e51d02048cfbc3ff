//! Every mode, for files and directories: the ACL we build is one OpenZFS calls trivial, gives
//! its mode back through `zfs_mode_compute`, and `ZFS_NO_EXECS_DENIED` is set exactly when
//! owner, group and others may all execute. The bonus carries that mode and those flags.
use zfs_writer::zpl::{
    ZFS_ACL_AUTO_INHERIT, ZFS_NO_EXECS_DENIED, ZfsAceHdr, ZnodeKind, mode_compute, sa_bonus,
    trivial_acl, znode_pflags,
};

use super::znodes::new_znode;

/// `ace_trivial_common` (zfs_acl.c): owner@/group@/everyone@ only, no inheritance, nobody
/// denied reading the ACL or attributes, no delete, delete-child only with write, and only
/// owner@ allowed to write attributes, owner, ACL or xattrs.
fn ace_trivial(aces: &[ZfsAceHdr]) -> bool {
    aces.iter().all(|a| {
        let (flags, mask) = (a.z_flags.get(), a.z_access_mask.get());
        let who_ok = [0x1000, 0x2040, 0x4000].contains(&(flags & 0x7040));
        let no_inherit = flags & 0xf == 0;
        let deny_ok = !(a.z_type.get() == 1 && mask & (0x2_0000 | 0x80) != 0);
        let delete_ok = mask & 0x1_0000 == 0 && (mask & 0x40 == 0 || mask & 0x2 != 0);
        let owner_only = 0x8_0000 | 0x4_0000 | 0x100 | 0x10;
        let write_ok = a.z_type.get() == 1 || flags & 0x1000 != 0 || mask & owner_only == 0;
        who_ok && no_inherit && deny_ok && delete_ok && write_ok
    })
}

/// 3 ACEs, plus one per extra entry `acl_trivial_access_masks` needs.
fn expected_count(mode: u64) -> usize {
    let (usr, grp, oth) = ((mode >> 6) & 7, (mode >> 3) & 7, mode & 7);
    let extra = [usr & !grp & oth, !usr & (grp | oth) & 7, !grp & oth];
    3 + extra.iter().filter(|&&bits| bits != 0).count()
}

#[test]
fn every_mode_is_trivial_and_round_trips() {
    for (is_dir, ifmt) in [(false, 0o100_000), (true, 0o040_000)] {
        for mode in 0..=0o7777 {
            let aces = trivial_acl(mode, is_dir);
            assert!(ace_trivial(&aces), "{mode:o}");
            assert_eq!(aces.len(), expected_count(mode), "{mode:o}");
            let (computed, no_execs_denied) = mode_compute(ifmt | mode, &aces);
            assert_eq!(computed, ifmt | mode, "{mode:o}");
            assert_eq!(no_execs_denied, mode & 0o111 == 0o111, "{mode:o}");
        }
    }
}

#[test]
fn every_mode_lands_in_the_bonus_with_its_flags() {
    for (kind, auto_inherit) in [(ZnodeKind::File, 0), (ZnodeKind::Dir, ZFS_ACL_AUTO_INHERIT)] {
        let is_dir = kind == ZnodeKind::Dir;
        for mode in 0..=0o7777 {
            let sa = sa_bonus(&new_znode(kind.clone(), mode));
            let word = |at: usize| u64::from_le_bytes(sa.bonus[at..at + 8].try_into().unwrap());
            assert_eq!(word(8), kind.ifmt() | mode, "ZPL_MODE {mode:o}");
            let flags = znode_pflags(is_dir, &trivial_acl(mode, is_dir));
            assert_eq!(word(56), flags, "ZPL_FLAGS {mode:o}");
            let execs = if mode & 0o111 == 0o111 {
                ZFS_NO_EXECS_DENIED
            } else {
                0
            };
            assert_eq!(flags, 0x408_0000_0004 | auto_inherit | execs, "{mode:o}");
        }
    }
}
