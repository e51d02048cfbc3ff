//! The SA layouts the ZPL uses, their numbers, and the LAYOUTS ZAP.
//! OpenZFS module/zfs/sa.c `sa_find_layout`, `sa_add_layout_entry`: a layout is the ordered
//! attribute list of one SA buffer; the LAYOUTS ZAP maps its decimal number to a `u16` array.
//! Numbers 0 (old znode) and 1 (empty) are built in; OpenZFS numbers new layouts in order of
//! first use from 2 on. Ours are the numbers a pool gets when its first znodes are a
//! directory, a device, a spilled symlink and an inline symlink, as in the reference pool.
use super::sa_registry::{
    ZPL_ATIME, ZPL_CRTIME, ZPL_CTIME, ZPL_DACL_ACES, ZPL_DACL_COUNT, ZPL_FLAGS, ZPL_GEN, ZPL_GID,
    ZPL_LINKS, ZPL_MODE, ZPL_MTIME, ZPL_PARENT, ZPL_RDEV, ZPL_SIZE, ZPL_SYMLINK, ZPL_UID,
};

/// `zfs_mknode`'s attributes before the ACL: MODE SIZE GEN UID GID PARENT FLAGS ATIME MTIME
/// CTIME CRTIME LINKS.
pub(crate) const ZNODE_ATTRS: [u16; 12] = [
    ZPL_MODE, ZPL_SIZE, ZPL_GEN, ZPL_UID, ZPL_GID, ZPL_PARENT, ZPL_FLAGS, ZPL_ATIME, ZPL_MTIME,
    ZPL_CTIME, ZPL_CRTIME, ZPL_LINKS,
];
const ACL: [u16; 2] = [ZPL_DACL_COUNT, ZPL_DACL_ACES];

/// The layout of the first SA buffer allocated for the ZPL (0 and 1 are OpenZFS's own).
pub const SA_LAYOUT_FIRST: u16 = 2;

/// Layouts 2, 3, 4, 5: files, directories, fifos and sockets (also a spilled symlink's
/// bonus); device nodes (`ZPL_RDEV`); a spilled symlink's spill block; a symlink whose
/// target fits in the bonus (`ZPL_SYMLINK` appended by `sa_update` after `zfs_mknode`).
fn sa_layout_table() -> [Vec<u16>; 4] {
    let base = [&ZNODE_ATTRS[..], &ACL].concat();
    let device = [&ZNODE_ATTRS[..], &[ZPL_RDEV], &ACL].concat();
    let symlink = [&base[..], &[ZPL_SYMLINK]].concat();
    [base, device, vec![ZPL_SYMLINK], symlink]
}

/// The number of the layout with exactly these attributes, in this order.
pub(crate) fn sa_layout_number(attrs: &[u16]) -> u16 {
    let table = sa_layout_table();
    let index = table.iter().position(|l| l == attrs);
    let index = index.unwrap_or_else(|| panic!("no SA layout for attributes {attrs:?}"));
    SA_LAYOUT_FIRST + u16::try_from(index).expect("4 layouts")
}

/// The LAYOUTS ZAP's entries (decimal number → attribute ids) for a dataset whose SA
/// buffers use the layouts in `used`. Every layout from 2 up to the highest used one is
/// listed: OpenZFS numbers its next new layout by counting the known ones
/// (`avl_numnodes`), so a gap would make it reuse a number and panic.
pub fn sa_layouts(used: &[u16]) -> Vec<(String, Vec<u16>)> {
    let Some(&top) = used.iter().max() else {
        return Vec::new();
    };
    let table = sa_layout_table();
    let known = SA_LAYOUT_FIRST..SA_LAYOUT_FIRST + 4;
    assert!(used.iter().all(|n| known.contains(n)), "layouts {used:?}");
    let numbered = (SA_LAYOUT_FIRST..=top).zip(table);
    numbered.map(|(n, attrs)| (n.to_string(), attrs)).collect()
}
