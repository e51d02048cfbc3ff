//! One tree object written: its data, then its dnode with the SA bonus — its xattrs'
//! `ZPL_DXATTR`/`ZPL_XATTR` appended — and, when the attributes overflow the bonus, a spill
//! block whose pointer ends the bonus area.
//! OpenZFS include/sys/dnode.h (`DNODE_FLAG_SPILL_BLKPTR`, `DN_SPILL_BLKPTR`), sa.c.
use std::collections::BTreeSet;

use anvil_tree::Tree;
use zerocopy::IntoBytes;
use zerocopy::little_endian::U64;

use super::FsPlan;
use super::data::data_of;
use super::znode::znode;
use crate::compress::Compression::Off;
use crate::dmu::pipeline::DataStream;
use crate::dmu::{BlockSpec, BlockWriter, TreeTop, dnode, prepare};
use crate::error::Result;
use crate::phys::{DNODE_FLAG_SPILL_BLKPTR, DmuType, DnodePhys};
use crate::zpl::{SaBonus, SaLayouts, XattrPlacement, xattr_sa_bonus};

/// What every object of one file system is written with.
pub struct FsWrite<'a> {
    pub tree: &'a Tree,
    pub plan: &'a FsPlan,
    /// ZAP salt by object id.
    pub salt: &'a dyn Fn(u64) -> u64,
    /// The creation txg (`ZPL_GEN`).
    pub txg: u64,
    /// Project accounting: files and directories carry `ZPL_PROJID`.
    pub projects: bool,
    /// The dataset's SA layouts, numbered as the znodes meet them.
    pub layouts: SaLayouts,
    /// The layout numbers the znodes used.
    pub used: BTreeSet<u16>,
}

/// Writes tree object `id` and returns its dnode.
pub fn write_object(
    w: &mut BlockWriter,
    fw: &mut FsWrite,
    id: u64,
    data: &mut DataStream,
) -> Result<DnodePhys> {
    let node = fw.plan.node(id);
    let mut z = znode(node, &fw.tree.entries()[node.entry], fw.txg, fw.projects);
    if let Some(x) = &node.xattrs {
        z.mode = x.mode;
    }
    let none = XattrPlacement::default();
    let placement = node.xattrs.as_ref().map_or(&none, |x| &x.placement);
    let sa = xattr_sa_bonus(&z, placement, node.xattr_dir, &mut fw.layouts);
    let (dmu_type, block_size, top) = data_of(w, fw.tree, node, data, (fw.salt)(id))?;
    finish_sa(w, fw, &sa, (dmu_type, block_size, &top))
}

/// The dnode of a znode with SA bonus `sa` over its data.
pub fn finish_sa(
    w: &mut BlockWriter,
    fw: &mut FsWrite,
    sa: &SaBonus,
    (dmu_type, block_size, top): (DmuType, u32, &TreeTop),
) -> Result<DnodePhys> {
    fw.used.extend(sa.layouts());
    let mut dn = dnode(dmu_type, DmuType::Sa, &sa.bonus, block_size, 1, top);
    write_spill(w, sa, &mut dn)?;
    Ok(dn)
}

/// Writes the spill block, if any, and points the dnode at it.
fn write_spill(w: &mut BlockWriter, sa: &SaBonus, dn: &mut DnodePhys) -> Result<()> {
    let Some(spill) = &sa.spill else {
        return Ok(());
    };
    let spec = BlockSpec::data(DmuType::Sa);
    // Stored uncompressed as before (OpenZFS compresses spills as metadata: dmu.c
    // `dmu_write_policy`, WP_SPILL), or embedded, as zio.c would, when that is on and fits.
    let embed = w.embeds(&spec);
    let c = if embed { w.compression(&spec) } else { Off };
    let mut p = prepare(spill.block.clone(), c, w.ashift(), embed);
    if !p.is_embedded() {
        p = prepare(spill.block.clone(), Off, w.ashift(), false);
    }
    let bp = w.place(p, &spec)?;
    let at = dn.dn_tail.len() - 128;
    dn.dn_tail[at..].copy_from_slice(bp.as_bytes());
    dn.dn_flags |= DNODE_FLAG_SPILL_BLKPTR;
    dn.dn_used = U64::new(dn.dn_used.get() + bp.asize());
    Ok(())
}
