//! `ZPL_FLAGS` (the znode's `z_pflags`), and the mode as the ACL dictates it.
//! OpenZFS include/sys/zfs_znode.h (flag bits), module/os/linux/zfs/zfs_znode_os.c
//! `zfs_mknode`, module/os/linux/zfs/zfs_acl.c `zfs_mode_compute`.
use super::ace::{
    ACE_EVERYONE, ACE_EXECUTE, ACE_INHERIT_ONLY_ACE, ACE_OWNER, ACE_READ_DATA, ACE_TYPE_FLAGS,
    ACE_WRITE_DATA, ALLOW, OWNING_GROUP, ZfsAceHdr,
};
use super::znode::S_IFMT;

/// The file's ACL is trivial (owner@/group@/everyone@ only, no inheritance).
pub const ZFS_ACL_TRIVIAL: u64 = 0x4;
/// New children of this directory inherit by the NFSv4 auto-inherit rules.
pub const ZFS_ACL_AUTO_INHERIT: u64 = 0x40;
/// Owner, group and everyone may all execute: access checks may skip the ACL for exec.
pub const ZFS_NO_EXECS_DENIED: u64 = 0x100;
/// DOS/CIFS "archive" attribute.
pub const ZFS_ARCHIVE: u64 = 0x8_0000_0000;
/// Anti-virus "modified since last scan" attribute.
pub const ZFS_AV_MODIFIED: u64 = 0x400_0000_0000;
/// The znode has a `ZPL_PROJID` attribute (`zpl_get_file_info` reads it only then).
pub const ZFS_PROJID: u64 = 0x8000_0000_0000;

/// `ZPL_FLAGS` of a new znode: archive and av-modified (every new znode once FUIDs are in use,
/// ZPL version ≥ 3), `ZFS_ACL_TRIVIAL` (the ACL is built, not inherited), auto-inherit for
/// directories, and `ZFS_NO_EXECS_DENIED` as `zfs_mode_compute` finds it. `ZFS_PROJID` is
/// added by `znode_attrs` for a znode with a project.
pub fn znode_pflags(is_dir: bool, aces: &[ZfsAceHdr]) -> u64 {
    let dir = if is_dir { ZFS_ACL_AUTO_INHERIT } else { 0 };
    let execs = if mode_compute(0, aces).1 {
        ZFS_NO_EXECS_DENIED
    } else {
        0
    };
    ZFS_ARCHIVE | ZFS_AV_MODIFIED | ZFS_ACL_TRIVIAL | dir | execs
}

/// `zfs_mode_compute`: the mode the ACL implies (type, setuid, setgid and sticky taken from
/// `fmode`), and whether no exec is denied (every class sees an allowed execute). The first
/// ACE that mentions a permission for a class decides it.
pub fn mode_compute(fmode: u64, aces: &[ZfsAceHdr]) -> (u64, bool) {
    let mut mode = fmode & (S_IFMT | 0o7000);
    let mut seen = 0;
    for ace in aces {
        let flags = ace.z_flags.get();
        let classes = match flags & ACE_TYPE_FLAGS {
            _ if flags & ACE_INHERIT_ONLY_ACE != 0 => continue,
            ACE_OWNER => 0o700,
            OWNING_GROUP => 0o070,
            ACE_EVERYONE => 0o777,
            _ => continue, // named users and groups: never in the ACLs we build
        };
        let mask = ace.z_access_mask.get();
        for (ace_bit, perm) in [(ACE_READ_DATA, 4), (ACE_WRITE_DATA, 2), (ACE_EXECUTE, 1)] {
            let bits = if mask & ace_bit != 0 {
                classes & (perm * 0o111) & !seen
            } else {
                0
            };
            seen |= bits;
            if ace.z_type.get() == ALLOW {
                mode |= bits;
            }
        }
    }
    (mode, seen & 0o111 == 0o111 && mode & 0o111 == 0o111)
}
