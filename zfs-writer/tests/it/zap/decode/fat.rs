//! A fat ZAP: header block, pointer table and leaves.
//! OpenZFS include/sys/zap_impl.h `zap_phys_t` (`zap_block_type` @0, `zap_magic` @8,
//! `zap_ptrtbl` @16: `zt_blk`, `zt_numblks`, `zt_shift`, `zt_nextblk`, `zt_blks_copied`;
//! `zap_freeblk` @56, `zap_num_leafs` @64, `zap_num_entries` @72, `zap_salt` @80,
//! `zap_normflags` @88, `zap_flags` @96); the embedded table is the block's second half.
use super::Entry;
use super::leaf::Leaf;
use super::leaf_entries::chains;
use super::raw::le64;

/// `ZBT_HEADER`.
pub const ZBT_HEADER: u64 = (1 << 63) + 1;
/// `ZAP_MAGIC`.
pub const ZAP_MAGIC: u64 = 0x2_F52A_B2AB;

/// A fat ZAP over its blocks.
pub struct FatZap {
    pub blocks: Vec<Vec<u8>>,
    pub bs: u32,
}

impl FatZap {
    /// Opens `blocks`, checking the header as `zap_deref_leaf` does.
    pub fn open(blocks: &[Vec<u8>]) -> FatZap {
        let bs = blocks[0].len().trailing_zeros();
        assert!(
            blocks.iter().all(|b| b.len() == 1 << bs),
            "blocks of one power-of-two size"
        );
        let zap = FatZap {
            blocks: blocks.to_vec(),
            bs,
        };
        assert_eq!(zap.hdr(0), ZBT_HEADER);
        assert_eq!(zap.hdr(8), ZAP_MAGIC);
        assert_ne!(zap.salt(), 0);
        assert_eq!(
            (zap.hdr(40), zap.hdr(48)),
            (0, 0),
            "no table growth in progress"
        );
        assert_eq!((zap.hdr(88), zap.hdr(96)), (0, 0), "normflags, flags");
        zap
    }
    /// The header word at byte `off`.
    pub fn hdr(&self, off: usize) -> u64 {
        le64(&self.blocks[0], off)
    }
    pub fn salt(&self) -> u64 {
        self.hdr(80)
    }
    pub fn zt_shift(&self) -> u32 {
        self.hdr(32).try_into().unwrap()
    }
    /// `zap_idx_to_blk`: embedded while `zt_numblks` is 0, else `zap_table_load`.
    pub fn idx_to_blk(&self, idx: u64) -> u64 {
        assert!(idx < 1 << self.zt_shift());
        if self.hdr(24) == 0 {
            assert_eq!(
                self.zt_shift(),
                self.bs - 4,
                "embedded table has 2^(bs-4) entries"
            );
            return self.hdr((1 << (self.bs - 1)) + 8 * idx as usize);
        }
        let per_block = 1u64 << (self.bs - 3);
        assert!(idx / per_block < self.hdr(24), "index past zt_numblks");
        let blk = self.hdr(16) + idx / per_block;
        le64(&self.blocks[blk as usize], 8 * (idx % per_block) as usize)
    }
    /// The distinct leaf block ids the pointer table names, in table order.
    pub fn leaf_blocks(&self) -> Vec<u64> {
        let mut ids: Vec<u64> = (0..1 << self.zt_shift())
            .map(|i| self.idx_to_blk(i))
            .collect();
        ids.dedup();
        ids
    }
    /// Every entry of every leaf, chain by chain.
    pub fn entries(&self) -> Vec<Entry> {
        let leaves = self.leaf_blocks();
        let leaves = leaves.iter().map(|&b| Leaf::new(&self.blocks[b as usize]));
        leaves
            .flat_map(|l| chains(&l).into_iter().flatten())
            .collect()
    }
}
