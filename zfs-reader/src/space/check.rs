//! The comparison: space maps against the DVAs the block walk referenced.
use super::Ranges;
use crate::dmu::Objset;
use crate::error::{Error, Result, unsupported};
use crate::pool::Pool;
use crate::vdev::Label;
use crate::zap::lookup;

/// What the space maps hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SpaceReport {
    /// Bytes allocated in the space maps (= bytes referenced, once verified).
    pub allocated: u64,
    pub metaslabs: u64,
}

impl Pool<'_> {
    /// Fails on a leak (allocated, not referenced), a double allocation (referenced twice) or
    /// a block referenced but free in the space maps.
    pub fn check_space(&mut self, mos: &Objset, label: &Label) -> Result<SpaceReport> {
        self.no_log_space_maps(mos)?;
        let (allocated, metaslabs) = self.space_maps(mos, label)?;
        let mut refs = Ranges::default();
        self.refs.sort_unstable();
        for &(off, size) in &self.refs {
            let end = off.checked_add(size).filter(|e| *e <= self.asize);
            let Some(end) = end else {
                return Err(Error::Space(format!(
                    "DVA <0:{off:x}:{size:x}> ends past the vdev"
                )));
            };
            if !refs.add(off, end) {
                let what =
                    format!("DVA <0:{off:x}:{size:x}> overlaps another block (double allocation)");
                return Err(Error::Space(what));
            }
        }
        let leaked = allocated.minus(&refs);
        if let Some((s, e)) = leaked.iter().next() {
            let n = leaked.iter().count();
            let what = format!(
                "{} bytes leaked (allocated, never referenced) in {n} segments, the first <0:{s:x}:{:x}>",
                leaked.total(),
                e - s
            );
            return Err(Error::Space(what));
        }
        let free = refs.minus(&allocated);
        if let Some((s, e)) = free.iter().next() {
            let what = format!(
                "{} bytes referenced but free in the space maps, the first <0:{s:x}:{:x}>",
                free.total(),
                e - s
            );
            return Err(Error::Space(what));
        }
        Ok(SpaceReport {
            allocated: allocated.total(),
            metaslabs,
        })
    }

    /// Pools with log space maps (`com.delphix:log_spacemap`) keep recent allocations outside
    /// the metaslabs' space maps; replaying them is not implemented, so say so.
    fn no_log_space_maps(&self, mos: &Objset) -> Result<()> {
        let dir = self.zap(mos, 1, "MOS object directory")?;
        match lookup(&dir, "com.delphix:log_spacemap_zap") {
            Some(obj) if obj != 0 && !self.zap(mos, obj, "log space map ZAP")?.is_empty() => Err(
                unsupported("MOS", "log space maps (com.delphix:log_spacemap)"),
            ),
            _ => Ok(()),
        }
    }
}
