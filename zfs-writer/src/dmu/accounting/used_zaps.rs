//! The accounting ZAPs of an object set, written after every other object: objects -1, -2
//! and -3 in the `objset_phys_t`, and the flags saying they are complete.
//! OpenZFS module/zfs/dmu_objset.c `do_userquota_cacheflush` (`zap_increment` of the id as
//! "%llx", and of `DMU_OBJACCT_PREFIX` "obj-" + id), `dmu_objset_do_userquota_updates_prep`
//! (`zap_create_claim` of type `DMU_OT_USERGROUP_USED`, no bonus),
//! `dmu_objset_create_impl_dnstats` (`OBJSET_FLAG_*_COMPLETE`).
use zerocopy::little_endian::U64;

use super::sums::{Sums, UserAccounting};
use crate::dmu::{BlockWriter, Object, ObjectData};
use crate::error::Result;
use crate::phys::{
    DmuType, DnodePhys, OBJSET_FLAG_PROJECTQUOTA_COMPLETE, OBJSET_FLAG_USERACCOUNTING_COMPLETE,
    OBJSET_FLAG_USEROBJACCOUNTING_COMPLETE, ObjsetPhys,
};
use crate::zap::{Zap, ZapValue};

impl UserAccounting {
    /// Writes the three ZAPs and puts their dnodes and the complete flags into `os`.
    pub(in crate::dmu) fn write(self, w: &mut BlockWriter, os: &mut ObjsetPhys) -> Result<()> {
        let mut dnodes = Vec::with_capacity(3);
        for (sums, salt) in self.sums.iter().zip(self.salts) {
            let object = zap_object(sums, salt);
            let top = object.write_blocks(w)?;
            dnodes.push(object.dnode(&top));
        }
        let [user, group, project] = <[DnodePhys; 3]>::try_from(dnodes).expect("three");
        os.os_userused_dnode = user;
        os.os_groupused_dnode = group;
        os.os_projectused_dnode = project;
        os.os_flags = U64::new(
            OBJSET_FLAG_USERACCOUNTING_COMPLETE
                | OBJSET_FLAG_USEROBJACCOUNTING_COMPLETE
                | OBJSET_FLAG_PROJECTQUOTA_COMPLETE,
        );
        Ok(())
    }
}

/// A used ZAP: "%llx" of each id → bytes, "obj-%llx" → objects.
fn zap_object(sums: &Sums, salt: u64) -> Object {
    let mut zap = Zap::new(salt);
    for (id, (bytes, objects)) in sums {
        zap.add(format!("{id:x}").as_bytes(), ZapValue::U64(*bytes));
        zap.add(format!("obj-{id:x}").as_bytes(), ZapValue::U64(*objects));
    }
    let encoded = zap.encode();
    Object {
        dmu_type: DmuType::UsergroupUsed,
        bonus_type: DmuType::None,
        bonus: Vec::new(),
        data: ObjectData::Blocks {
            block_size: encoded.block_size,
            blocks: encoded.blocks,
        },
    }
}
