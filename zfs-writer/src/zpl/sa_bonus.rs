//! A znode's System-Attribute bonus: the attributes `zfs_mknode` writes, packed.
//! OpenZFS module/os/linux/zfs/zfs_znode_os.c `zfs_mknode` (attribute order, sizes, flags),
//! module/os/linux/zfs/zfs_vnops_os.c `zfs_symlink` (`sa_update` appends `ZPL_SYMLINK`).
use zerocopy::IntoBytes;

use super::acl::trivial_acl;
use super::pflags::{ZFS_PROJID, mode_compute, znode_pflags};
use super::sa_layout::{SaLayouts, ZNODE_ATTRS};
use super::sa_pack::{SaAttrData, sa_pack};
use super::sa_registry::{ZPL_DACL_ACES, ZPL_DACL_COUNT, ZPL_PROJID, ZPL_RDEV, ZPL_SYMLINK};
use super::znode::{Znode, ZnodeKind};

/// Longest symlink target ZFS accepts (`MAXPATHLEN` in `zfs_symlink`).
pub const ZPL_SYMLINK_MAX: usize = 4096;

/// The SA bytes of one znode. The dnode's bonus type is `DMU_OT_SA` and `dn_bonuslen` is
/// `bonus.len()`; with a spill block, set `DNODE_FLAG_SPILL_BLKPTR` and store the spill
/// block's pointer (type `DMU_OT_SA`, level 0) in the bonus area's last 128 bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaBonus {
    /// The bonus buffer, `dn_bonuslen` bytes.
    pub bonus: Vec<u8>,
    /// Layout number in the bonus's header.
    pub layout: u16,
    /// The spill block, when the attributes overflow the bonus.
    pub spill: Option<SaSpill>,
}

/// A spill block: an SA buffer of its own (header, layout, attributes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaSpill {
    /// The whole block, zero-padded to a multiple of 512 bytes (lsize).
    pub block: Vec<u8>,
    /// Layout number in the spill block's header.
    pub layout: u16,
}

impl SaBonus {
    /// The layout numbers this znode uses, for [`super::sa_layouts`].
    pub fn layouts(&self) -> Vec<u16> {
        let spill = self.spill.as_ref().map(|s| s.layout);
        [self.layout].into_iter().chain(spill).collect()
    }
}

/// The SA bonus (and spill block) OpenZFS 2.3.2 on Linux writes for `z`, created by
/// `zfs_mknode` with the trivial ACL its mode implies (the default aclmode and aclinherit),
/// numbered with the fixed layouts 2–5.
pub fn sa_bonus(z: &Znode) -> SaBonus {
    sa_pack(&znode_attrs(z), &mut SaLayouts::default())
}

/// The attributes `zfs_mknode` writes for `z` (and `zfs_symlink`'s `sa_update`), in order;
/// a project goes right after `ZPL_LINKS`.
pub(crate) fn znode_attrs(z: &Znode) -> Vec<SaAttrData> {
    assert!(z.mode <= 0o7777, "mode {:o} has type bits", z.mode);
    let is_dir = z.kind == ZnodeKind::Dir;
    let aces = trivial_acl(z.mode, is_dir);
    let (mode, _) = mode_compute(z.kind.ifmt() | z.mode, &aces);
    let projid = z.project.map_or(0, |_| ZFS_PROJID);
    let pflags = znode_pflags(is_dir, &aces) | projid;
    let time = |t: (u64, u64)| [t.0.to_le_bytes(), t.1.to_le_bytes()].concat();
    let values = [mode, z.size, z.generation, z.uid, z.gid, z.parent, pflags];
    let words = values.map(|v| v.to_le_bytes().to_vec());
    let times = [z.atime, z.mtime, z.ctime, z.crtime].map(time);
    let links = [z.links.to_le_bytes().to_vec()];
    let data = words.into_iter().chain(times).chain(links);
    let mut attrs: Vec<SaAttrData> = ZNODE_ATTRS.into_iter().zip(data).collect();
    if let Some(project) = z.project {
        attrs.push((ZPL_PROJID, project.to_le_bytes().to_vec()));
    }
    if let Some(rdev) = z.kind.rdev() {
        attrs.push((ZPL_RDEV, rdev.to_le_bytes().to_vec()));
    }
    let count = u64::try_from(aces.len()).expect("at most 6 ACEs");
    attrs.push((ZPL_DACL_COUNT, count.to_le_bytes().to_vec()));
    attrs.push((ZPL_DACL_ACES, aces.as_bytes().to_vec()));
    if let ZnodeKind::Symlink(target) = &z.kind {
        assert!(
            target.len() <= ZPL_SYMLINK_MAX,
            "symlink of {} bytes",
            target.len()
        );
        attrs.push((ZPL_SYMLINK, target.clone()));
    }
    attrs
}
