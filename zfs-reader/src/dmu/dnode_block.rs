//! One L0 block of a meta-dnode: each allocated dnode checked and walked; in the MOS, each
//! DSL dataset's object set (`ds_bp`) walked as well (dmu_traverse.c `traverse_dnode`).
use super::{DMU_OT_DSL_DATASET, Dnode};
use crate::blk::Bp;
use crate::error::Result;
use crate::pool::Pool;

/// `ds_bp` sits 128 bytes into `dsl_dataset_phys_t`.
const DS_BP: usize = 128;

impl Pool<'_> {
    /// Walks the dnodes of `data`, the first of which is object `base`.
    pub(super) fn walk_dnode_block(
        &mut self,
        data: &[u8],
        base: u64,
        at: &str,
        mos: bool,
    ) -> Result<()> {
        let os = at.trim_end_matches(" meta-dnode");
        for (slot, dn) in Dnode::split_block(data) {
            let at = format!("{os} object {}", base.saturating_add(slot));
            dn.check(&at)?;
            self.walk_dnode(&dn, &at, None)?;
            if mos && dn.dn_type() == DMU_OT_DSL_DATASET && dn.bonus().len() >= DS_BP + 128 {
                let ds_bp = Bp::parse(&dn.bonus()[DS_BP..]);
                self.walk_objset(&ds_bp, &format!("{at} dataset"), false)?;
            }
        }
        Ok(())
    }
}
