//! `sa_bonus` against the bonus buffers and the spill block OpenZFS 2.3.2 wrote for the
//! reference pool's znodes. Each znode's attributes are taken from zdb's dump (times from
//! `times.rs`); the bytes must come out identical.
use zerocopy::FromBytes;
use zfs_writer::phys::{BlkPtr, DmuType};
use zfs_writer::zpl::{SaBonus, sa_bonus};

use super::fixtures::{Reference, data};

/// `DNODE_FLAG_SPILL_BLKPTR`: the bonus area ends with the spill block's pointer.
const DNODE_FLAG_SPILL_BLKPTR: u8 = 4;

/// Checks object `object`'s bonus byte for byte and its layout number; returns both sides.
fn same_bonus(object: u64, layout: u16, len: usize) -> (Reference, SaBonus) {
    let r = Reference::load(object);
    let z = r.znode();
    let sa = sa_bonus(&z);
    assert_eq!(sa.bonus, r.bonus(), "object {object}: {z:?}");
    assert_eq!(
        (sa.layout, sa.bonus.len()),
        (layout, len),
        "object {object}"
    );
    assert_eq!(r.dnode.dn_bonustype, DmuType::Sa as u8);
    (r, sa)
}

#[test]
fn directories_match_openzfs() {
    for object in [2, 4, 34, 3016] {
        let (r, sa) = same_bonus(object, 2, 168);
        assert_eq!((r.field("pflags"), sa.spill), ("40800000144", None));
    }
}

#[test]
fn root_directory_is_its_own_parent() {
    let (r, _) = same_bonus(34, 2, 168);
    assert_eq!((r.number("parent", 10), r.number("gen", 10)), (34, 6));
}

#[test]
fn regular_files_match_openzfs() {
    // /etc/hostname (two links, mtime with 0 ns), /text.txt (1 MiB), /bin/prog.
    for object in [3, 7, 3018] {
        let (r, sa) = same_bonus(object, 2, 168);
        assert_eq!((r.field("pflags"), sa.spill), ("40800000004", None));
    }
}

#[test]
fn fifo_matches_openzfs() {
    let (r, _) = same_bonus(5, 2, 168);
    assert_eq!(r.field("mode"), "10644");
}

#[test]
fn char_device_matches_openzfs_with_rdev() {
    let (r, sa) = same_bonus(6, 3, 176);
    assert_eq!(r.field("rdev"), "0x0000000000500001");
    assert_eq!(
        sa.bonus[136..144],
        0x50_0001_u64.to_le_bytes(),
        "ZPL_RDEV after ZPL_LINKS"
    );
}

#[test]
fn short_symlink_matches_openzfs_inline() {
    let (r, sa) = same_bonus(3017, 5, 180);
    assert_eq!(
        (r.field("target"), r.field("pflags")),
        ("prog", "40800000104")
    );
    assert_eq!(&sa.bonus[176..], b"prog");
}

#[test]
fn long_symlink_matches_openzfs_bonus_and_spill_block() {
    let (r, sa) = same_bonus(8, 2, 192);
    assert_eq!(r.field("target").len(), 300);
    let spill = sa.spill.as_ref().expect("a 300-byte target spills");
    assert_eq!(spill.block, data("spill-8.bin"));
    assert_eq!((spill.layout, sa.layouts()), (4, vec![2, 4]));
    // The dnode says so: SPILL_BLKPTR, and the last 128 bytes of the bonus area point at a
    // 512-byte DMU_OT_SA block.
    assert_ne!(r.dnode.dn_flags & DNODE_FLAG_SPILL_BLKPTR, 0);
    let bp = BlkPtr::read_from_bytes(&r.dnode.dn_tail[320..]).expect("dn_spill at byte 384");
    let prop = bp.blk_prop.get();
    assert_eq!((prop >> 48) & 0xff, DmuType::Sa as u64);
    assert_eq!(((prop & 0xffff) + 1) * 512, 512);
}
