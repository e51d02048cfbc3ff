//! The ZPL's accounting callback: whom a znode's space belongs to, read from its SA bonus at
//! the fixed offsets every ZPL layout starts with (MODE SIZE GEN UID GID PARENT FLAGS, and
//! `ZPL_PROJID` at 128 when `ZFS_PROJID` says it is there).
//! OpenZFS module/zfs/zfs_quota.c `zpl_get_file_info`, include/sys/zfs_sa.h `SA_*_OFFSET`,
//! include/sys/sa_impl.h `SA_HDR_SIZE`.
use zerocopy::FromBytes;

use super::pflags::ZFS_PROJID;
use super::sa_hdr::{SA_MAGIC, SaHdrPhys};
use crate::dmu::FileInfo;
use crate::phys::DmuType;

/// Offsets past the SA header of the owner, group, flags and project.
const SA_UID_OFFSET: usize = 24;
const SA_GID_OFFSET: usize = 32;
const SA_FLAGS_OFFSET: usize = 48;
const SA_PROJID_OFFSET: usize = 128;

/// The ids of the object whose bonus is `bonus` of type `bonus_type`: `None` unless it is an
/// SA znode (old `DMU_OT_ZNODE` bonuses are never written here); the project is
/// `ZFS_DEFAULT_PROJID` (0) unless the flags hold `ZFS_PROJID`.
///
/// # Panics
/// If an SA bonus is too short for the attributes every znode has (our own bonuses never are).
pub fn zpl_get_file_info(bonus_type: u8, bonus: &[u8]) -> Option<FileInfo> {
    if bonus_type != DmuType::Sa as u8 {
        return None;
    }
    let (hdr, _) = SaHdrPhys::read_from_prefix(bonus).expect("an SA header");
    if hdr.sa_magic.get() == 0 {
        // A znode whose attributes are not filled in yet counts for ids 0.
        return Some(FileInfo {
            user: 0,
            group: 0,
            project: 0,
        });
    }
    assert_eq!(hdr.sa_magic.get(), SA_MAGIC, "SA magic");
    let hdrsize = usize::from(hdr.sa_layout_info.get() >> 10) * 8;
    let word = |offset: usize| {
        let at = hdrsize + offset;
        let bytes = bonus.get(at..at + 8).expect("a znode's fixed attributes");
        u64::from_le_bytes(bytes.try_into().expect("8 bytes"))
    };
    let project = if word(SA_FLAGS_OFFSET) & ZFS_PROJID != 0 {
        word(SA_PROJID_OFFSET)
    } else {
        0
    };
    Some(FileInfo {
        user: word(SA_UID_OFFSET),
        group: word(SA_GID_OFFSET),
        project,
    })
}
