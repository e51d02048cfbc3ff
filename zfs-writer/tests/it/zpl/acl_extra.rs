//! Modes whose others or group have permissions the owner or group lack: the extra ACEs
//! `acl_trivial_access_masks` puts before owner@, group@ and everyone@, and their bytes.
use zfs_writer::zpl::{ZnodeKind, sa_bonus};

use super::acl_modes::{ALLOW, D, DENY, GROUP, OWNER, R, W, X, acl};
use super::znodes::new_znode;

#[test]
fn modes_where_others_outrank_owner_or_group_get_extra_aces() {
    // 0604: owner allowed read explicitly, group denied it, before the three entries.
    assert_eq!(
        acl(0o604, false)[..2],
        [(ALLOW, OWNER, R), (DENY, GROUP, R)]
    );
    // 0070: the owner is denied what the group may do.
    assert_eq!(acl(0o070, false)[0], (DENY, OWNER, R | W | X));
    // 0007 directory: owner and group denied, write with delete-child.
    let rwx = R | W | D | X;
    assert_eq!(
        acl(0o007, true)[..2],
        [(DENY, OWNER, rwx), (DENY, GROUP, rwx)]
    );
    // 0415: all three extra entries, six ACEs.
    let six = acl(0o415, false);
    assert_eq!(
        six[..3],
        [(ALLOW, OWNER, R), (DENY, OWNER, X), (DENY, GROUP, R)]
    );
    assert_eq!(six.len(), 6);
}

#[test]
fn extra_aces_grow_the_bonus_and_keep_layout_2() {
    let file = |mode| new_znode(ZnodeKind::File, mode);
    for (mode, count) in [(0o644, 3), (0o070, 4), (0o604, 5), (0o415, 6)] {
        let sa = sa_bonus(&file(mode));
        assert_eq!(
            (sa.layout, sa.bonus.len()),
            (2, 144 + 8 * count),
            "{mode:o}"
        );
        assert_eq!(
            sa.bonus[136..144],
            (count as u64).to_le_bytes(),
            "DACL_COUNT"
        );
        assert_eq!(
            sa.bonus[6..8],
            (8 * count as u16).to_le_bytes(),
            "ACEs' length"
        );
    }
}
