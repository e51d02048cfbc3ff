//! Encoding a fat ZAP: header block, leaves, and an external pointer table when needed.
//! OpenZFS module/zfs/zap.c `fzap_upgrade` lays out block 0 (`zap_phys_t`, embedded table)
//! and block 1 (the first leaf); later leaves and table blocks come from `zap_freeblk`. Our
//! layout: block 0 header, blocks 1..=n the leaves in prefix order, then the external table.
//! (makefs zap.c `zap_fat_write` uses 128 KiB blocks and has no external table.)
use zerocopy::IntoBytes;

use super::entry::ZapEntry;
use super::fat_leaf::encode_leaf;
use super::fat_plan::plan_leaves;
use super::fat_ptrtbl::PtrTbl;
use super::phys::{FZAP_DEFAULT_BLOCK_SHIFT, ZapPhys, ZapTablePhys};
use super::{Zap, ZapBlocks};

impl Zap {
    /// Encodes as a fat ZAP with 16 KiB blocks, whatever the entries.
    /// OpenZFS module/zfs/zap_micro.c `mzap_upgrade` turns a micro ZAP into this form.
    pub fn encode_fat(&self) -> ZapBlocks {
        self.encode_fat_entries(&self.hashed_entries())
    }

    /// [`Zap::encode_fat`] for the already hashed entries.
    pub(crate) fn encode_fat_entries(&self, entries: &[ZapEntry<'_>]) -> ZapBlocks {
        let bs = FZAP_DEFAULT_BLOCK_SHIFT;
        let leaves = plan_leaves(entries, bs);
        let table = PtrTbl::plan(&leaves, bs);
        let num_leafs = leaves.len() as u64;
        let mut header = vec![0; 1 << bs];
        let (zt, external) = if table.is_embedded(bs) {
            header[1 << (bs - 1)..].copy_from_slice(&table.to_bytes());
            (ZapTablePhys::new(0, 0, table.shift), Vec::new())
        } else {
            let external = table.external_blocks(bs);
            (
                ZapTablePhys::new(1 + num_leafs, external.len() as u64, table.shift),
                external,
            )
        };
        let freeblk = 1 + num_leafs + external.len() as u64;
        let phys = ZapPhys::new(self.salt(), zt, freeblk, num_leafs, entries.len() as u64);
        header[..size_of::<ZapPhys>()].copy_from_slice(phys.as_bytes());
        let mut blocks = vec![header];
        blocks.extend(leaves.iter().map(|leaf| encode_leaf(leaf, entries, bs)));
        blocks.extend(external);
        ZapBlocks {
            block_size: 1 << bs,
            blocks,
        }
    }
}
