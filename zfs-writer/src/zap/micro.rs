//! Encoding a micro ZAP: one block of 64-byte slots, header first.
//! OpenZFS module/zfs/zap_micro.c: `zap_add_impl` keeps a ZAP micro while every value is one
//! `uint64`, every name is shorter than `MZAP_NAME_LEN` and the entries sharing a hash would
//! still fit one fat leaf (`mze_canfit_fzap_leaf`); `zap_lockdir_impl` upgrades it once the
//! block would pass `zap_micro_max_size`. makefs zap.c `zap_micro_write` writes cd 0 always;
//! we write each entry's own cd.
use zerocopy::IntoBytes;

use super::entry::{ZapEntry, max_collisions};
use super::phys::{
    FZAP_DEFAULT_BLOCK_SHIFT, MZAP_ENT_LEN, MZAP_MAX_BLKSZ, MZAP_NAME_LEN, MzapEntPhys, MzapPhys,
    zap_leaf_array_nchunks, zap_leaf_numchunks,
};
use super::{Zap, ZapBlocks};
use crate::phys::SPA_MINBLOCKSIZE;

/// `MZAP_ENT_CHUNKS`: fat-leaf chunks one micro entry may need (zap_micro.c).
const MZAP_ENT_CHUNKS: usize =
    1 + zap_leaf_array_nchunks(MZAP_NAME_LEN) + zap_leaf_array_nchunks(8);

impl Zap {
    /// Whether OpenZFS would hold these entries in a micro ZAP.
    pub(crate) fn fits_micro(entries: &[ZapEntry<'_>]) -> bool {
        let short = |e: &ZapEntry<'_>| !e.name.is_empty() && e.name.len() < MZAP_NAME_LEN;
        entries.len() < MZAP_MAX_BLKSZ / MZAP_ENT_LEN
            && entries
                .iter()
                .all(|e| short(e) && e.value.single_u64().is_some())
            && max_collisions(entries) * MZAP_ENT_CHUNKS
                < zap_leaf_numchunks(FZAP_DEFAULT_BLOCK_SHIFT)
    }

    /// The micro ZAP block: the smallest power of two from 512 bytes holding every slot.
    pub(crate) fn encode_micro(&self, entries: &[ZapEntry<'_>]) -> ZapBlocks {
        assert!(Zap::fits_micro(entries), "entries do not fit a micro ZAP");
        let used = (entries.len() + 1) * MZAP_ENT_LEN;
        let block_size = used.next_power_of_two().max(SPA_MINBLOCKSIZE);
        let mut block = Vec::with_capacity(block_size);
        block.extend_from_slice(MzapPhys::new(self.salt()).as_bytes());
        for e in entries {
            let value = e.value.single_u64().expect("checked by fits_micro");
            block.extend_from_slice(MzapEntPhys::new(e.name, value, e.cd).as_bytes());
        }
        block.resize(block_size, 0);
        let block_size = u32::try_from(block_size).expect("at most 128 KiB");
        ZapBlocks {
            block_size,
            blocks: vec![block],
        }
    }
}
