//! The trivial ACL and `ZPL_FLAGS` of particular modes, worked out by hand from
//! `acl_trivial_access_masks` and `zfs_mode_compute` (module/os/linux/zfs/zfs_acl.c).
use zfs_writer::zpl::{ZfsAceHdr, trivial_acl, znode_pflags};

// ACE type, who and permission words as OpenZFS spells them.
pub const ALLOW: u16 = 0;
pub const DENY: u16 = 1;
pub const OWNER: u16 = 0x1000; // ACE_OWNER
pub const GROUP: u16 = 0x2040; // ACE_GROUP | ACE_IDENTIFIER_GROUP
pub const EVERYONE: u16 = 0x4000; // ACE_EVERYONE
/// owner@ with no rwx: write attributes/owner/ACL/xattrs, read ACL/attributes/xattrs, sync.
pub const OWNER_BASE: u32 = 0x1E_0198;
/// group@ and everyone@ with no rwx: read ACL/attributes/xattrs, synchronize.
pub const BASE: u32 = 0x12_0088;
pub const R: u32 = 0x1; // ACE_READ_DATA
pub const W: u32 = 0x6; // ACE_WRITE_DATA | ACE_APPEND_DATA
pub const X: u32 = 0x20; // ACE_EXECUTE
pub const D: u32 = 0x40; // ACE_DELETE_CHILD: directories' write
/// ARCHIVE | AV_MODIFIED | ACL_TRIVIAL, on every new znode.
pub const NEW: u64 = 0x408_0000_0004;

/// (type, who, mask) of each ACE for `mode`.
pub fn acl(mode: u64, is_dir: bool) -> Vec<(u16, u16, u32)> {
    let aces = trivial_acl(mode, is_dir);
    let triple = |a: &ZfsAceHdr| (a.z_type.get(), a.z_flags.get(), a.z_access_mask.get());
    aces.iter().map(triple).collect()
}

fn pflags(mode: u64, is_dir: bool) -> u64 {
    znode_pflags(is_dir, &trivial_acl(mode, is_dir))
}

#[test]
fn setuid_0755_file_has_no_execs_denied() {
    let rwx = R | W | X;
    let want = [
        (ALLOW, OWNER, OWNER_BASE | rwx),
        (ALLOW, GROUP, BASE | R | X),
    ];
    assert_eq!(acl(0o4755, false)[..2], want);
    assert_eq!(acl(0o4755, false)[2], (ALLOW, EVERYONE, BASE | R | X));
    assert_eq!(pflags(0o4755, false), NEW | 0x100);
}

#[test]
fn setgid_0750_denies_exec_to_others() {
    for (is_dir, w, auto_inherit) in [(false, W, 0), (true, W | D, 0x40)] {
        let want = vec![
            (ALLOW, OWNER, OWNER_BASE | R | w | X),
            (ALLOW, GROUP, BASE | R | X),
            (ALLOW, EVERYONE, BASE),
        ];
        assert_eq!(acl(0o2750, is_dir), want);
        assert_eq!(pflags(0o2750, is_dir), NEW | auto_inherit);
    }
}

#[test]
fn sticky_1777_directory_allows_everything() {
    let rwx = R | W | D | X;
    let want = vec![
        (ALLOW, OWNER, OWNER_BASE | rwx),
        (ALLOW, GROUP, BASE | rwx),
        (ALLOW, EVERYONE, BASE | rwx),
    ];
    assert_eq!(acl(0o1777, true), want);
    assert_eq!(pflags(0o1777, true), NEW | 0x40 | 0x100);
}

#[test]
fn mode_000_and_777() {
    let none = vec![
        (ALLOW, OWNER, OWNER_BASE),
        (ALLOW, GROUP, BASE),
        (ALLOW, EVERYONE, BASE),
    ];
    assert_eq!((acl(0o000, false), pflags(0o000, false)), (none, NEW));
    let all = R | W | X;
    let want = vec![(ALLOW, OWNER, OWNER_BASE | all), (ALLOW, GROUP, BASE | all)];
    assert_eq!(acl(0o777, false)[..2], want);
    assert_eq!(pflags(0o777, false), NEW | 0x100);
}
