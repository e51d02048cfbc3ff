//! One tree object written: its data, then its dnode with the SA bonus — and, when a long
//! symlink overflows the bonus, a spill block whose pointer ends the bonus area.
//! OpenZFS include/sys/dnode.h (`DNODE_FLAG_SPILL_BLKPTR`, `DN_SPILL_BLKPTR`), sa.c.
use zerocopy::IntoBytes;
use zerocopy::little_endian::U64;

use super::FsPlan;
use super::data::data_of;
use super::znode::znode;
use crate::dmu::pipeline::DataStream;
use crate::dmu::{BlockSpec, BlockWriter, dnode, prepare};
use crate::error::Result;
use crate::phys::{DmuType, DnodePhys};
use crate::zpl::{SaBonus, sa_bonus};
use anvil_tree::Tree;

/// `DNODE_FLAG_SPILL_BLKPTR`.
const DNODE_FLAG_SPILL_BLKPTR: u8 = 4;

/// Writes object `id` and returns its dnode and the SA layouts it used.
pub fn write_object(
    w: &mut BlockWriter,
    tree: &Tree,
    plan: &FsPlan,
    id: u64,
    data: &mut DataStream,
    salt: u64,
    txg: u64,
) -> Result<(DnodePhys, Vec<u16>)> {
    let node = plan.node(id);
    let sa = sa_bonus(&znode(node, &tree.entries()[node.entry], txg));
    let (dmu_type, block_size, top) = data_of(w, tree, node, data, salt)?;
    let mut dn = dnode(dmu_type, DmuType::Sa, &sa.bonus, block_size, 1, &top);
    write_spill(w, &sa, &mut dn)?;
    Ok((dn, sa.layouts()))
}

/// Writes the spill block, if any, and points the dnode at it.
fn write_spill(w: &mut BlockWriter, sa: &SaBonus, dn: &mut DnodePhys) -> Result<()> {
    let Some(spill) = &sa.spill else {
        return Ok(());
    };
    // OpenZFS stores spill blocks uncompressed.
    let raw = prepare(spill.block.clone(), false, w.ashift());
    let bp = w.place(
        raw,
        &BlockSpec {
            dmu_type: DmuType::Sa,
            level: 0,
            fill: 1,
        },
    )?;
    let at = dn.dn_tail.len() - 128;
    dn.dn_tail[at..].copy_from_slice(bp.as_bytes());
    dn.dn_flags |= DNODE_FLAG_SPILL_BLKPTR;
    dn.dn_used = U64::new(dn.dn_used.get() + bp.blk_dva[0].asize());
    Ok(())
}
