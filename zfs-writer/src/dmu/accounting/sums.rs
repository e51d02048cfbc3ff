//! The sums of one object set's accounting: every object flagged, and its bytes and count
//! added to its ids' as it comes (OpenZFS module/zfs/dnode_sync.c `dnode_sync`,
//! dmu_objset.c `dmu_objset_userquota_get_ids`, `userquota_updates_task`, `do_userquota_update`
//! (bytes: `DNODE_MIN_SIZE` + `DN_USED_BYTES`), `do_userobjquota_update` (one per object)).
use std::collections::BTreeMap;

use crate::phys::{
    DNODE_FLAG_USED_BYTES, DNODE_FLAG_USEROBJUSED_ACCOUNTED, DNODE_FLAG_USERUSED_ACCOUNTED,
    DNODE_SIZE, DnodePhys,
};

/// `DMU_USERUSED_OBJECT`, `DMU_GROUPUSED_OBJECT`, `DMU_PROJECTUSED_OBJECT` (include/sys/dmu.h):
/// -1, -2 and -3 as `uint64_t`.
pub const USED_OBJECTS: [u64; 3] = [u64::MAX, u64::MAX - 1, u64::MAX - 2];

/// The ids an object is accounted to (`zfs_file_info_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileInfo {
    /// Owner.
    pub user: u64,
    /// Group.
    pub group: u64,
    /// Project (`ZFS_DEFAULT_PROJID` 0 unless the object carries one).
    pub project: u64,
}

/// The object-set type's callback (`file_info_cb_t`, `dmu_objset_register_type`): an object's
/// ids from its bonus type and bonus, `None` for an object that is not counted.
pub type FileInfoFn = fn(u8, &[u8]) -> Option<FileInfo>;

/// Bytes and objects by id.
pub(super) type Sums = BTreeMap<u64, (u64, u64)>;

/// The accounting of one object set being written.
#[derive(Debug)]
pub struct UserAccounting {
    file_info: FileInfoFn,
    /// ZAP salts of objects -1, -2 and -3.
    pub(super) salts: [u64; 3],
    /// User, group and project sums.
    pub(super) sums: [Sums; 3],
}

impl UserAccounting {
    /// Accounting through `file_info`, each ZAP salted with `salt` of its object id.
    pub fn new(file_info: FileInfoFn, salt: &dyn Fn(u64) -> u64) -> UserAccounting {
        UserAccounting {
            file_info,
            salts: USED_OBJECTS.map(salt),
            sums: Default::default(),
        }
    }

    /// Flags `dn` as accounted and adds it to its ids' sums, if the callback knows them.
    pub(in crate::dmu) fn account(&mut self, dn: &mut DnodePhys) {
        dn.dn_flags |= DNODE_FLAG_USERUSED_ACCOUNTED | DNODE_FLAG_USEROBJUSED_ACCOUNTED;
        let Some(info) = (self.file_info)(dn.dn_bonustype, dn.bonus()) else {
            return;
        };
        let bytes = DNODE_SIZE as u64 + used_bytes(dn);
        for (sums, id) in self
            .sums
            .iter_mut()
            .zip([info.user, info.group, info.project])
        {
            let sum = sums.entry(id).or_default();
            *sum = (sum.0 + bytes, sum.1 + 1);
        }
    }
}

/// `DN_USED_BYTES`: `dn_used` in bytes, or in sectors without `DNODE_FLAG_USED_BYTES`.
fn used_bytes(dn: &DnodePhys) -> u64 {
    let used = dn.dn_used.get();
    if dn.dn_flags & DNODE_FLAG_USED_BYTES != 0 {
        used
    } else {
        used << 9
    }
}
