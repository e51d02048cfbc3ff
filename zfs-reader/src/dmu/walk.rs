//! Every block below an object set, each read once with its checksum verified (zdb -bcc,
//! dmu_traverse.c): indirect blocks, dnode blocks, each dnode's tree and spill block, the
//! first intent-log block, and — in the MOS — each dataset's object set; then the object set's
//! user/group/project accounting against the dnodes walked.
use super::Dnode;
use crate::blk::Bp;
use crate::error::{Result, ensure};
use crate::pool::Pool;

impl Pool<'_> {
    /// Walks the object set at `bp`; `mos` also walks the object sets of its datasets.
    pub fn walk_objset(&mut self, bp: &Bp, name: &str, mos: bool) -> Result<()> {
        if bp.is_hole() || !self.visit(bp)? {
            return Ok(());
        }
        let os = self.open_objset(bp, name)?;
        if !os.zil.is_hole() && !os.zil.embedded() && self.visit(&os.zil)? {
            self.stats.zil += 1;
        }
        let outer = std::mem::take(&mut self.tally);
        self.walk_dnode(&os.meta, &format!("{name} meta-dnode"), Some(mos))?;
        let tally = std::mem::replace(&mut self.tally, outer);
        for (i, d) in &os.used {
            self.walk_dnode(d, &format!("{name} accounting object -{i}"), None)?;
        }
        self.check_accounting(&os, tally)
    }

    /// `dnodes`: `Some(mos)` when the dnode's L0 blocks are themselves dnodes.
    pub(super) fn walk_dnode(&mut self, dn: &Dnode, at: &str, dnodes: Option<bool>) -> Result<()> {
        let top = u64::from(dn.nlevels() - 1);
        let cx = Cx {
            at,
            shift: dn.indblkshift().saturating_sub(7),
            dnodes,
            slots: dn.datablksz() >> 9,
        };
        for (i, bp) in dn.blkptrs().iter().enumerate() {
            self.walk_tree(bp, top, first_child(i as u64, top, cx.shift), &cx)?;
        }
        if let Some(spill) = dn.spill().filter(|s| !s.is_hole())
            && self.visit(&spill)?
        {
            self.read_bp(&spill, &format!("{at} spill block"))?;
        }
        Ok(())
    }

    /// `first`: the id of the first L0 block below `bp`.
    fn walk_tree(&mut self, bp: &Bp, level: u64, first: u64, cx: &Cx) -> Result<()> {
        if bp.is_hole() {
            return Ok(());
        }
        let at = || format!("{} L{level} block {first}", cx.at);
        ensure(bp.level() == level, at(), || {
            format!("pointer says level {}", bp.level())
        })?;
        if !self.visit(bp)? {
            return Ok(());
        }
        let data = self.read_bp(bp, &at())?;
        if level > 0 {
            for (i, child) in data.chunks_exact(128).enumerate() {
                let first = first.saturating_add(first_child(i as u64, level - 1, cx.shift));
                self.walk_tree(&Bp::parse(child), level - 1, first, cx)?;
            }
        } else if let Some(mos) = cx.dnodes {
            self.walk_dnode_block(&data, first.saturating_mul(cx.slots), cx.at, mos)?;
        }
        Ok(())
    }
}

/// What every block of one dnode's tree shares.
struct Cx<'a> {
    at: &'a str,
    /// log2 of block pointers per indirect block.
    shift: u32,
    dnodes: Option<bool>,
    /// Dnode slots per L0 block (for object ids).
    slots: u64,
}

/// The first L0 block id below child `i` of a block at `level + 1`.
fn first_child(i: u64, level: u64, shift: u32) -> u64 {
    let bits = u64::from(shift).saturating_mul(level);
    if bits >= 64 {
        u64::MAX
    } else {
        i.saturating_mul(1 << bits)
    }
}
