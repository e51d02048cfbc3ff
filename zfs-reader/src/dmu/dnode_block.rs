//! One L0 block of a meta-dnode: each allocated dnode checked and walked; in the MOS, each
//! DSL dataset's object set (`ds_bp`) walked as well (dmu_traverse.c `traverse_dnode`); every
//! ZAP object decoded (micro or fat), as `zdb -dddd` would print it.
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
            if !mos {
                self.tally.add(&dn, &at)?;
            }
            self.walk_dnode(&dn, &at, None)?;
            if is_zap(dn.dn_type()) {
                self.zap_of(&dn, &at)?;
                self.stats.zaps += 1;
            }
            // A dataset made a ZAP (per-dataset features) keeps its bonus type.
            if mos && dn.bonustype() == DMU_OT_DSL_DATASET && dn.bonus().len() >= DS_BP + 128 {
                let ds_bp = Bp::parse(&dn.bonus()[DS_BP..]);
                self.walk_objset(&ds_bp, &format!("{at} dataset"), false)?;
            }
        }
        Ok(())
    }
}

/// Whether objects of type `t` are ZAPs (module/zfs/dmu.c `dmu_ot`: `DMU_BSWAP_ZAP`; new-style
/// types carry the byteswap kind in their low 5 bits).
fn is_zap(t: u8) -> bool {
    const LEGACY: [u8; 25] = [
        1, 13, 14, 15, 20, 21, 22, 24, 27, 28, 31, 32, 37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48,
        50, 52,
    ];
    if t & 0x80 != 0 {
        t & 0x1f == 4
    } else {
        LEGACY.contains(&t)
    }
}
