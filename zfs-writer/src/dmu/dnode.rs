//! A finished block tree and the dnode that holds it.
//! OpenZFS include/sys/dnode.h (`dnode_phys_t`), module/zfs/dnode.c (`dnode_allocate`).
use zerocopy::little_endian::{U16, U64};

use crate::phys::{
    BlkPtr, DN_MAX_INDBLKSHIFT, DNODE_FLAG_USED_BYTES, DmuType, DnodePhys, SPA_MINBLOCKSHIFT,
};

/// What the dnode needs from a finished tree.
#[derive(Debug)]
pub struct TreeTop {
    /// Levels including data (`dn_nlevels`).
    pub nlevels: u8,
    /// The top pointers (`dn_blkptr`), at most `nblkptr`.
    pub blkptrs: Vec<BlkPtr>,
    /// Highest block id (`dn_maxblkid`).
    pub maxblkid: u64,
    /// Allocated bytes of every block of the object (`dn_used`).
    pub used: u64,
    /// Non-hole data blocks (dnodes, for the meta-dnode).
    pub fill: u64,
}

/// A dnode: `dmu_type` data in `block_size` blocks under `top`, with a bonus.
pub fn dnode(
    dmu_type: DmuType,
    bonus_type: DmuType,
    bonus: &[u8],
    block_size: u32,
    nblkptr: usize,
    top: &TreeTop,
) -> DnodePhys {
    let mut dn = DnodePhys::free();
    dn.dn_type = dmu_type as u8;
    dn.dn_indblkshift = DN_MAX_INDBLKSHIFT;
    dn.dn_nlevels = top.nlevels;
    dn.dn_nblkptr = nblkptr as u8;
    dn.dn_bonustype = bonus_type as u8;
    dn.dn_flags = DNODE_FLAG_USED_BYTES;
    dn.dn_datablkszsec = U16::new((block_size >> SPA_MINBLOCKSHIFT) as u16);
    dn.dn_maxblkid = U64::new(top.maxblkid);
    dn.dn_used = U64::new(top.used);
    for (i, bp) in top.blkptrs.iter().enumerate() {
        dn.set_blkptr(i, bp);
    }
    dn.set_bonus(bonus);
    dn
}
