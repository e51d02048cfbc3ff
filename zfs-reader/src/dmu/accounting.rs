//! What an object set's user, group and project accounting must hold, summed over its dnodes
//! as the syncs that wrote them did (OpenZFS module/zfs/dmu_objset.c `userquota_updates_task`,
//! `do_userquota_update`, `do_userobjquota_update`): `DNODE_MIN_SIZE` + `DN_USED_BYTES` for
//! each object flagged `USERUSED_ACCOUNTED` (key: the id in hex), one for each flagged
//! `USEROBJUSED_ACCOUNTED` (key "obj-" + id), by the ids the ZPL reads from its bonus
//! (zfs_quota.c `zpl_get_file_info`).
use std::collections::BTreeMap;

use super::Dnode;
use crate::error::{Result, corrupt};

/// `DNODE_FLAG_*` (dnode.h).
const USED_BYTES: u8 = 1;
const USERUSED_ACCOUNTED: u8 = 2;
const USEROBJUSED_ACCOUNTED: u8 = 8;
/// `DMU_OT_ZNODE`, `DMU_OT_SA`; `ZFS_PROJID` (zfs_znode.h).
const DMU_OT_ZNODE: u8 = 17;
const DMU_OT_SA: u8 = 44;
const ZFS_PROJID: u64 = 1 << 47;

/// What the used ZAPs of one object set must hold: name → value, for -1, -2 and -3.
#[derive(Debug, Default)]
pub(crate) struct Tally(pub(super) [BTreeMap<String, u64>; 3]);

impl Tally {
    /// Counts object `dn` (named `at`) as the sync that wrote it would have.
    pub fn add(&mut self, dn: &Dnode, at: &str) -> Result<()> {
        let flags = dn.0[7];
        if flags & (USERUSED_ACCOUNTED | USEROBJUSED_ACCOUNTED) == 0 {
            return Ok(());
        }
        let Some(ids) = file_info(dn, at)? else {
            return Ok(());
        };
        let used = u64::from_le_bytes(dn.0[24..32].try_into().expect("8 bytes"));
        let used = if flags & USED_BYTES != 0 {
            used
        } else {
            used << 9
        };
        for (sums, id) in self.0.iter_mut().zip(ids) {
            if flags & USERUSED_ACCOUNTED != 0 {
                let sum = sums.entry(format!("{id:x}")).or_default();
                *sum = sum.saturating_add(512).saturating_add(used);
            }
            if flags & USEROBJUSED_ACCOUNTED != 0 {
                *sums.entry(format!("obj-{id:x}")).or_default() += 1;
            }
        }
        Ok(())
    }
}

/// `zpl_get_file_info`: [user, group, project] of an SA or old-style znode, else `None`.
fn file_info(dn: &Dnode, at: &str) -> Result<Option<[u64; 3]>> {
    let b = dn.bonus();
    let word = |i: usize| {
        b.get(i..i + 8)
            .map(|w| u64::from_le_bytes(w.try_into().expect("8")))
    };
    let short = || corrupt(at, "bonus too short for the owner and group");
    match dn.bonustype() {
        // znode_phys_t: zp_uid at 128, zp_gid at 136; no project.
        DMU_OT_ZNODE => Ok(Some([
            word(128).ok_or_else(short)?,
            word(136).ok_or_else(short)?,
            0,
        ])),
        DMU_OT_SA if word(0).is_some_and(|w| w as u32 == 0) => Ok(Some([0; 3])),
        DMU_OT_SA => {
            let hdr = b.get(5).map_or(0, |h| usize::from(h >> 2) * 8);
            let at = |offset| word(hdr + offset).ok_or_else(short);
            let project = if at(48)? & ZFS_PROJID != 0 {
                at(128)?
            } else {
                0
            };
            Ok(Some([at(24)?, at(32)?, project]))
        }
        _ => Ok(None),
    }
}
