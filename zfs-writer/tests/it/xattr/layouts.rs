//! The layouts xattrs add: `ZPL_DXATTR` (20) after `zfs_mknode`'s attributes, `ZPL_XATTR` (9)
//! where the directory came first; numbered from 6 in first-use order, the fixed 2–5 kept,
//! and the LAYOUTS ZAP listing every number up to the highest used.
use zfs_writer::zpl::{SaLayouts, ZnodeKind, place, xattr_sa_bonus};

use crate::zpl::znodes::new_znode;

const BASE: [u16; 14] = [5, 6, 4, 12, 13, 7, 11, 0, 1, 2, 3, 8, 16, 19];

#[test]
fn dxattr_and_xattr_get_new_layouts_in_first_use_order() {
    let mut layouts = SaLayouts::default();
    let file = new_znode(ZnodeKind::File, 0o644);
    let small = place(&[("user.a".into(), b"hello".to_vec())], true);
    let sa = xattr_sa_bonus(&file, &small, None, &mut layouts);
    assert_eq!((sa.layout, sa.spill.is_none()), (6, true));
    let both = place(
        &[
            ("user.a".into(), vec![0; 40000]),
            ("user.b".into(), vec![1]),
        ],
        true,
    );
    let sa = xattr_sa_bonus(&file, &both, Some(99), &mut layouts);
    assert_eq!(sa.layout, 7);
    let info = u16::from_le_bytes([sa.bonus[4], sa.bonus[5]]);
    assert_eq!(
        info,
        2 << 10 | 7,
        "a 16-byte header: DACL_ACES and DXATTR lengths"
    );
    let plain = xattr_sa_bonus(&file, &place(&[], true), None, &mut layouts);
    assert_eq!(plain.layout, 2);
    let entries = layouts.zap_entries(&[2, 6, 7]);
    assert_eq!(entries.len(), 6);
    assert_eq!(entries[4], ("6".into(), [&BASE[..], &[20]].concat()));
    assert_eq!(entries[5], ("7".into(), [&BASE[..], &[9, 20]].concat()));
}

#[test]
fn a_big_list_spills_with_dxattr_alone_in_the_spill_block() {
    let mut layouts = SaLayouts::default();
    let file = new_znode(ZnodeKind::File, 0o644);
    let p = place(&[("user.a".into(), vec![7; 30000])], true);
    let sa = xattr_sa_bonus(&file, &p, None, &mut layouts);
    let spill = sa.spill.expect("spill");
    assert_eq!((sa.layout, spill.layout), (2, 6));
    assert_eq!(
        spill.block.len(),
        (8 + 20 + 28 + 30000_usize).next_multiple_of(512)
    );
    assert_eq!(layouts.zap_entries(&[2, 6])[4].1, [20]);
}
