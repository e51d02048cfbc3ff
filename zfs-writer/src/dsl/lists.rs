//! Empty block-pointer lists and deadlists: what a new pool's frees and snapshots start with.
//! OpenZFS module/zfs/bpobj.c (`bpobj_alloc`: `DMU_OT_BPOBJ` data, `BPOBJ_SIZE_V2` bonus),
//! dsl_deadlist.c (`dsl_deadlist_alloc`: a ZAP mintxg → bpobj with a `dsl_deadlist_phys_t`
//! bonus; `dsl_deadlist_add_key`, `dsl_deadlist_clone`).
use zerocopy::{FromZeros, IntoBytes};

use super::zaps::int_key;
use crate::dmu::{Object, ObjectData};
use crate::phys::{BpobjPhys, DmuType, DslDeadlistPhys, SPA_OLD_MAXBLOCKSIZE};
use crate::zap::{Zap, ZapValue};

/// `SPA_OLD_MAXBLOCKSIZE`: block size of the free bpobj and of deadlist bpobjs.
pub(super) const BPOBJ_BLOCK_SIZE: u32 = SPA_OLD_MAXBLOCKSIZE as u32;
/// Block size of `sync_bplist` (spa.c `spa_create`: `bpobj_alloc(mos, 1 << 14, tx)`).
pub(super) const SYNC_BPLIST_BLOCK_SIZE: u32 = 16 << 10;

/// An empty bpobj whose blocks will be `block_size` bytes: no data block yet.
pub(super) fn empty_bpobj(block_size: u32) -> Object {
    Object {
        dmu_type: DmuType::Bpobj,
        bonus_type: DmuType::BpobjHdr,
        bonus: BpobjPhys::new_zeroed().encode_v2(),
        data: ObjectData::Blocks {
            block_size,
            blocks: Vec::new(),
        },
    }
}

/// A deadlist with nothing freed: `keys` are (mintxg, empty bpobj) pairs.
pub(super) fn deadlist(salt: u64, keys: &[(u64, u64)]) -> Object {
    let mut zap = Zap::new(salt);
    for &(mintxg, bpobj) in keys {
        zap.add(&int_key(mintxg), ZapValue::U64(bpobj));
    }
    let z = zap.encode();
    Object {
        dmu_type: DmuType::Deadlist,
        bonus_type: DmuType::DeadlistHdr,
        bonus: DslDeadlistPhys::new_zeroed().as_bytes().to_vec(),
        data: ObjectData::Blocks {
            block_size: z.block_size,
            blocks: z.blocks,
        },
    }
}
