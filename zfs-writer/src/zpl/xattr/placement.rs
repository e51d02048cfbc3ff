//! Where each attribute goes: the znode's `ZPL_DXATTR` nvlist or its hidden xattr directory.
//! OpenZFS module/os/linux/zfs/zpl_xattr.c `zpl_xattr_set` (SA first when `xattr=sa`, else
//! the directory), `zpl_xattr_set_sa` (a value over `DXATTR_MAX_ENTRY_SIZE`, or a list already
//! over `DXATTR_MAX_SA_SIZE`, is `EFBIG`); module/zfs/zfs_sa.c `zfs_sa_set_xattr` (the packed
//! list with the new pair over `SA_ATTR_MAX_LEN` is `EFBIG`); every `EFBIG` falls back to the
//! directory. include/sys/zfs_sa.h, include/sys/sa.h.
use crate::nvlist::NvList;

/// `DXATTR_MAX_ENTRY_SIZE`: "limited to 32k to keep nvpair memory allocations small".
pub const DXATTR_MAX_ENTRY_SIZE: usize = 32768;
/// `DXATTR_MAX_SA_SIZE` (`SPA_OLD_MAXBLOCKSIZE >> 1`).
pub const DXATTR_MAX_SA_SIZE: usize = 65536;
/// `SA_ATTR_MAX_LEN` (`UINT16_MAX`): an SA attribute's length is a `u16`.
const SA_ATTR_MAX_LEN: usize = 65535;

/// An entry's attributes as the kernel leaves them after `setxattr` of each in name order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct XattrPlacement {
    /// The `ZPL_DXATTR` nvlist (`NV_UNIQUE_NAME`, full names, byte-array values), if any
    /// attribute went to the SA.
    pub sa: Option<NvList>,
    /// Attributes stored as files of the xattr directory, in name order.
    pub dir: Vec<(String, Vec<u8>)>,
    /// Whether the xattr directory came before the first SA attribute (then `ZPL_XATTR`
    /// precedes `ZPL_DXATTR` in the znode's attribute list).
    pub dir_first: bool,
}

/// Places `xattrs` (in name order); `sa` is `xattr=sa` (else every one goes to the directory).
pub fn place(xattrs: &[(String, Vec<u8>)], sa: bool) -> XattrPlacement {
    let mut out = XattrPlacement::default();
    let (mut list, mut any_sa) = (NvList::new(), false);
    for (name, value) in xattrs {
        if sa && value.len() <= DXATTR_MAX_ENTRY_SIZE && list.packed_size() <= DXATTR_MAX_SA_SIZE {
            let mut with = list.clone();
            with.add_byte_array(name, value);
            if with.packed_size() <= SA_ATTR_MAX_LEN {
                out.dir_first |= !any_sa && !out.dir.is_empty();
                (list, any_sa) = (with, true);
                continue;
            }
        }
        out.dir.push((name.clone(), value.clone()));
    }
    out.sa = any_sa.then_some(list);
    out
}
