//! The SA layouts the ZPL uses, their numbers, and the LAYOUTS ZAP.
//! OpenZFS module/zfs/sa.c `sa_find_layout`, `sa_add_layout_entry`: a layout is the ordered
//! attribute list of one SA buffer; the LAYOUTS ZAP maps its decimal number to a `u16` array.
//! Numbers 0 (old znode) and 1 (empty) are built in; OpenZFS numbers new layouts in order of
//! first use from 2 on. 2–5 are fixed: the numbers a pool gets when its first znodes are a
//! directory, a device, a spilled symlink and an inline symlink, as in the reference pool, so
//! pools without xattrs stay as they were (with project accounting, 2–6 as `SaLayouts::new` says).
//! Any other list (xattrs) is numbered after those, in the order the writer first meets it
//! (object id order; a bonus before its spill block).
use super::sa_registry::{
    ZPL_ATIME, ZPL_CRTIME, ZPL_CTIME, ZPL_DACL_ACES, ZPL_DACL_COUNT, ZPL_FLAGS, ZPL_GEN, ZPL_GID,
    ZPL_LINKS, ZPL_MODE, ZPL_MTIME, ZPL_PARENT, ZPL_PROJID, ZPL_RDEV, ZPL_SIZE, ZPL_SYMLINK,
    ZPL_UID,
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

/// The layouts of one dataset: 2–5 (2–6 with projects) fixed, then every new attribute list
/// in first-use order.
#[derive(Clone, Debug)]
pub struct SaLayouts {
    /// Attribute lists; index 0 is layout [`SA_LAYOUT_FIRST`].
    table: Vec<Vec<u16>>,
}

impl Default for SaLayouts {
    /// The layouts of a dataset without project accounting.
    fn default() -> SaLayouts {
        SaLayouts::new(false)
    }
}

impl SaLayouts {
    /// The fixed layouts. Without `projects`, 2–5: files, directories, fifos and sockets
    /// (also a spilled symlink's bonus); device nodes (`ZPL_RDEV`); a spilled symlink's spill
    /// block; a symlink whose target fits in the bonus (`ZPL_SYMLINK` appended by `sa_update`
    /// after `zfs_mknode`). With `projects`, as a kernel numbers them when the root directory
    /// comes first: 2 files and directories (`ZPL_PROJID` after `ZPL_LINKS`), 3 the other
    /// kinds, 4 an inline symlink, 5 device nodes, 6 a spill block.
    pub fn new(projects: bool) -> SaLayouts {
        let base = [&ZNODE_ATTRS[..], &ACL].concat();
        let device = [&ZNODE_ATTRS[..], &[ZPL_RDEV], &ACL].concat();
        let symlink = [&base[..], &[ZPL_SYMLINK]].concat();
        let table = if projects {
            let project = [&ZNODE_ATTRS[..], &[ZPL_PROJID], &ACL].concat();
            vec![project, base, symlink, device, vec![ZPL_SYMLINK]]
        } else {
            vec![base, device, vec![ZPL_SYMLINK], symlink]
        };
        SaLayouts { table }
    }

    /// The number of the layout with exactly these attributes, in this order; a list not
    /// seen before gets the next number (`sa_find_layout` → `sa_add_layout_entry`).
    pub fn number(&mut self, attrs: &[u16]) -> u16 {
        let index = match self.table.iter().position(|l| l == attrs) {
            Some(index) => index,
            None => {
                self.table.push(attrs.to_vec());
                self.table.len() - 1
            }
        };
        let number = SA_LAYOUT_FIRST + u16::try_from(index).expect("u16 layouts");
        assert!(
            number < 1 << 10,
            "layout {number} beyond the header's 10 bits"
        );
        number
    }

    /// The LAYOUTS ZAP's entries (decimal number → attribute ids) for a dataset whose SA
    /// buffers use the layouts in `used`. Every layout from 2 up to the highest used one is
    /// listed: OpenZFS numbers its next new layout by counting the known ones
    /// (`avl_numnodes`), so a gap would make it reuse a number and panic.
    pub fn zap_entries(&self, used: &[u16]) -> Vec<(String, Vec<u16>)> {
        let Some(&top) = used.iter().max() else {
            return Vec::new();
        };
        let known = SA_LAYOUT_FIRST..SA_LAYOUT_FIRST + self.table.len() as u16;
        assert!(used.iter().all(|n| known.contains(n)), "layouts {used:?}");
        let numbered = (SA_LAYOUT_FIRST..=top).zip(self.table.iter().cloned());
        numbered.map(|(n, attrs)| (n.to_string(), attrs)).collect()
    }
}

/// [`SaLayouts::zap_entries`] of the fixed layouts 2–5 alone.
pub fn sa_layouts(used: &[u16]) -> Vec<(String, Vec<u16>)> {
    SaLayouts::default().zap_entries(used)
}
