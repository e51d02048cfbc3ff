//! Where a symlink's target goes: inline while the bonus holds it, else a spill block
//! (module/zfs/sa.c `sa_find_sizes`, `sa_build_layouts`; dbuf.c spill sizes). With the three
//! trivial ACEs the bonus holds 16 header + 160 attribute bytes, leaving 144 for the target.
use zfs_writer::phys::DN_OLD_MAX_BONUSLEN;
use zfs_writer::zpl::{SA_MAGIC, SaBonus, ZnodeKind, sa_bonus};

use super::znodes::new_znode;

fn symlink(len: usize) -> SaBonus {
    let target: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
    sa_bonus(&new_znode(ZnodeKind::Symlink(target), 0o777))
}

fn u16_at(buf: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([buf[at], buf[at + 1]])
}

#[test]
fn a_144_byte_target_fills_the_bonus_exactly() {
    let sa = symlink(144);
    assert_eq!(
        (sa.layout, sa.bonus.len(), sa.spill),
        (5, DN_OLD_MAX_BONUSLEN, None)
    );
    // 16-byte header: lengths of DACL_ACES (24) and ZPL_SYMLINK (144), then 4 zero bytes.
    assert_eq!(u16_at(&sa.bonus, 4), 2 << 10 | 5);
    assert_eq!((u16_at(&sa.bonus, 6), u16_at(&sa.bonus, 8)), (24, 144));
    assert_eq!(sa.bonus[10..16], [0; 6][..]);
    assert_eq!(sa.bonus[176..180], *b"abcd");
}

#[test]
fn a_145_byte_target_spills_and_the_bonus_keeps_layout_2() {
    let sa = symlink(145);
    let short = symlink(4);
    let spill = sa.spill.as_ref().expect("spill");
    assert_eq!((sa.layout, sa.bonus.len(), spill.layout), (2, 192, 4));
    // The bonus is a plain layout-2 bonus (8-byte header: ACEs' length 24) holding the target
    // length as ZPL_SIZE, padded with zeros to 192 bytes, where the spill block pointer begins.
    assert_eq!(
        (u16_at(&sa.bonus, 4), u16_at(&sa.bonus, 6)),
        (1 << 10 | 2, 24)
    );
    assert_eq!(sa.bonus[16..24], 145_u64.to_le_bytes());
    assert_eq!(sa.bonus[24..168], short.bonus[32..176], "GEN … DACL_ACES");
    assert_eq!(sa.bonus[168..], [0; 24][..]);
}

#[test]
fn spill_block_is_an_sa_buffer_rounded_to_512_bytes() {
    for (len, size) in [(145, 512), (504, 512), (505, 1024), (4096, 4608)] {
        let sa = symlink(len);
        let block = sa.spill.expect("spill").block;
        assert_eq!(block.len(), size, "{len}-byte target");
        assert_eq!(block[..4], SA_MAGIC.to_le_bytes());
        assert_eq!(u16_at(&block, 4), 1 << 10 | 4, "8-byte header, layout 4");
        assert_eq!(usize::from(u16_at(&block, 6)), len);
        assert_eq!(block[8..12], *b"abcd");
        assert!(block[8 + len..].iter().all(|&b| b == 0), "zero padding");
    }
}

#[test]
fn layouts_used_by_each_kind() {
    let dev = ZnodeKind::BlockDev { major: 8, minor: 1 };
    assert_eq!(sa_bonus(&new_znode(dev, 0o660)).layouts(), [3]);
    assert_eq!(
        sa_bonus(&new_znode(ZnodeKind::Socket, 0o755)).layouts(),
        [2]
    );
    assert_eq!(symlink(10).layouts(), [5]);
    assert_eq!(symlink(200).layouts(), [2, 4]);
}

#[test]
#[should_panic(expected = "symlink of 4097 bytes")]
fn targets_beyond_maxpathlen_are_refused() {
    symlink(4097);
}
