//! The SA attributes an entry's xattrs add to its znode, and the flag of xattr znodes.
//! OpenZFS module/zfs/zfs_sa.c `zfs_sa_set_xattr` (`sa_bulk_update` of `ZPL_DXATTR`, which
//! `sa_modify_attrs` appends the first time and replaces in place after), module/os/linux/
//! zfs/zfs_dir.c `zfs_make_xattrdir` (`sa_update` of `ZPL_XATTR` on the owner),
//! zfs_znode_os.c `zfs_mknode` (`ZFS_XATTR` in the flags of the directory and its files).
use super::placement::XattrPlacement;
use crate::zpl::sa_pack::{SaAttrData, sa_pack};
use crate::zpl::sa_registry::{ZPL_DXATTR, ZPL_FLAGS, ZPL_XATTR};
use crate::zpl::{SaBonus, SaLayouts, Znode, znode_attrs};

/// `ZFS_XATTR`: the znode is an xattr directory or an xattr file (include/sys/zfs_znode.h).
pub const ZFS_XATTR: u64 = 0x1;

/// The attributes appended after `zfs_mknode`'s: the packed `ZPL_DXATTR` nvlist and the
/// xattr directory's object `dir`, in the order the kernel first wrote them.
fn xattr_sa_attrs(p: &XattrPlacement, dir: Option<u64>) -> Vec<SaAttrData> {
    let dxattr = p.sa.as_ref().map(|l| (ZPL_DXATTR, l.pack_xdr()));
    let xattr = dir.map(|id| (ZPL_XATTR, id.to_le_bytes().to_vec()));
    assert_eq!(
        dir.is_some(),
        !p.dir.is_empty(),
        "an xattr directory iff dir xattrs"
    );
    if p.dir_first {
        xattr.into_iter().chain(dxattr).collect()
    } else {
        dxattr.into_iter().chain(xattr).collect()
    }
}

/// Sets `ZFS_XATTR` in `ZPL_FLAGS` (`zfs_mknode`: `if (flag & IS_XATTR) pflags |= ZFS_XATTR`).
pub(crate) fn mark_xattr(attrs: &mut [SaAttrData]) {
    let flags = attrs.iter_mut().find(|a| a.0 == ZPL_FLAGS);
    let flags = &mut flags.expect("every znode has ZPL_FLAGS").1;
    let value = u64::from_le_bytes(flags[..].try_into().expect("8 bytes")) | ZFS_XATTR;
    *flags = value.to_le_bytes().to_vec();
}

/// The SA bonus (and spill block) of `z` after its xattrs were set as `p` places them, with
/// its xattr directory at `dir`; new layouts are numbered by `layouts`.
pub fn xattr_sa_bonus(
    z: &Znode,
    p: &XattrPlacement,
    dir: Option<u64>,
    layouts: &mut SaLayouts,
) -> SaBonus {
    let mut attrs = znode_attrs(z);
    attrs.extend(xattr_sa_attrs(p, dir));
    sa_pack(&attrs, layouts)
}
