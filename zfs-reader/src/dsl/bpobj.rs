//! Deferred frees (bpobj.c, zdb.c `zdb_leak_init`): blocks on the MOS `sync_bplist` and
//! `free_bpobj` lists are freed in a later txg, so the space maps still hold them. Their DVAs
//! count as referenced; their contents are not read (they may already be overwritten).
use crate::blk::Bp;
use crate::dmu::Objset;
use crate::error::{Result, ensure};
use crate::pool::Pool;
use crate::zap::lookup;

/// Nested sub-lists deeper than this are refused.
const MAX_DEPTH: u32 = 4;

impl Pool<'_> {
    /// Adds the DVAs of every block on the pool's deferred-free lists to the referenced set.
    pub fn deferred_frees(&mut self, mos: &Objset) -> Result<()> {
        let dir = self.zap(mos, 1, "MOS object directory")?;
        for name in ["sync_bplist", "free_bpobj"] {
            if let Some(obj) = lookup(&dir, name).filter(|o| *o != 0) {
                self.bpobj(mos, obj, 0)?;
            }
        }
        Ok(())
    }

    fn bpobj(&mut self, mos: &Objset, obj: u64, depth: u32) -> Result<()> {
        let at = format!("MOS object {obj} (bpobj)");
        ensure(depth <= MAX_DEPTH, &at, || "bpobj nesting too deep".into())?;
        let dn = self.dnode(mos, obj, &at)?;
        let word = |i: usize| {
            dn.bonus()
                .get(i * 8..i * 8 + 8)
                .map_or(0, |w| u64::from_le_bytes(w.try_into().expect("8")))
        };
        let (num, subobjs, num_subobjs) = (word(0), word(4), word(5));
        let data = self.read_object(&dn, &at, self.src.size())?;
        ensure(num.saturating_mul(128) <= data.len() as u64, &at, || {
            format!("{num} pointers do not fit")
        })?;
        for b in data.chunks_exact(128).take(num as usize) {
            let bp = Bp::parse(b);
            if !bp.is_hole() && self.visit(&bp)? {
                self.stats.deferred += 1;
            }
        }
        if subobjs != 0 && num_subobjs != 0 {
            let sub_at = format!("MOS object {subobjs} (sub-bpobjs of {obj})");
            let sdn = self.dnode(mos, subobjs, &sub_at)?;
            let ids = self.read_object(&sdn, &sub_at, self.src.size())?;
            for w in ids.chunks_exact(8).take(num_subobjs as usize) {
                self.bpobj(
                    mos,
                    u64::from_le_bytes(w.try_into().expect("8 bytes")),
                    depth + 1,
                )?;
            }
        }
        Ok(())
    }
}
