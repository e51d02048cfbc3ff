//! `zap_phys_t`: block 0 of a fat ZAP, with `zap_table_phys_t` describing its pointer table.
//! OpenZFS include/sys/zap_impl.h; module/zfs/zap.c `fzap_upgrade`, `zap_grow_ptrtbl`. The table
//! maps the top `zt_shift` hash bits to a leaf block id: up to 2^(bs−4) entries it is embedded
//! in the second half of this block (`zt_blk` = 0), beyond that it fills `zt_numblks` blocks.
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `ZBT_HEADER`: the first word of fat ZAP block 0.
pub const ZBT_HEADER: u64 = (1 << 63) + 1;
/// `ZAP_MAGIC`.
pub const ZAP_MAGIC: u64 = 0x2_F52A_B2AB;
/// `fzap_default_block_shift`: OpenZFS makes every fat ZAP block 16 KiB.
pub const FZAP_DEFAULT_BLOCK_SHIFT: u32 = 14;

/// `ZAP_EMBEDDED_PTRTBL_SHIFT`: log2 of the entries of the embedded pointer table (half a
/// block of `u64`s). OpenZFS include/sys/zap_impl.h.
pub const fn zap_embedded_ptrtbl_shift(block_shift: u32) -> u32 {
    block_shift - 3 - 1
}

/// Where the pointer table lives and how many hash bits index it.
/// OpenZFS include/sys/zap_impl.h `zap_table_phys_t`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapTablePhys {
    /// First block of an external table; 0 when embedded.
    pub zt_blk: U64,
    /// Blocks of an external table; 0 when embedded.
    pub zt_numblks: U64,
    /// log2 of the number of table entries: the hash bits that index it.
    pub zt_shift: U64,
    /// Start of the next (doubled) copy while growing; 0 when not growing.
    pub zt_nextblk: U64,
    /// Blocks copied so far while growing; 0 when not growing.
    pub zt_blks_copied: U64,
}

/// The header of a fat ZAP.
/// OpenZFS include/sys/zap_impl.h `zap_phys_t`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct ZapPhys {
    /// Always [`ZBT_HEADER`].
    pub zap_block_type: U64,
    /// Always [`ZAP_MAGIC`].
    pub zap_magic: U64,
    /// The pointer table.
    pub zap_ptrtbl: ZapTablePhys,
    /// The next block id to allocate: one past the last block in use.
    pub zap_freeblk: U64,
    /// Number of leaf blocks.
    pub zap_num_leafs: U64,
    /// Number of entries in all leaves.
    pub zap_num_entries: U64,
    /// Non-zero seed of the name hash.
    pub zap_salt: U64,
    /// Unicode normalization flags; we write 0.
    pub zap_normflags: U64,
    /// `zap_flags_t`; we write 0 (28-bit hashes, string keys).
    pub zap_flags: U64,
}

impl ZapTablePhys {
    /// A table of 2^`shift` entries in `numblks` blocks from `blk` (both 0 when embedded).
    pub fn new(blk: u64, numblks: u64, shift: u32) -> ZapTablePhys {
        ZapTablePhys {
            zt_blk: U64::new(blk),
            zt_numblks: U64::new(numblks),
            zt_shift: U64::new(shift.into()),
            zt_nextblk: U64::ZERO,
            zt_blks_copied: U64::ZERO,
        }
    }
}

impl ZapPhys {
    /// A header for `num_leafs` leaves holding `num_entries`, `freeblk` blocks in use.
    pub fn new(
        salt: u64,
        ptrtbl: ZapTablePhys,
        freeblk: u64,
        num_leafs: u64,
        num_entries: u64,
    ) -> ZapPhys {
        ZapPhys {
            zap_block_type: U64::new(ZBT_HEADER),
            zap_magic: U64::new(ZAP_MAGIC),
            zap_ptrtbl: ptrtbl,
            zap_freeblk: U64::new(freeblk),
            zap_num_leafs: U64::new(num_leafs),
            zap_num_entries: U64::new(num_entries),
            zap_salt: U64::new(salt),
            zap_normflags: U64::ZERO,
            zap_flags: U64::ZERO,
        }
    }
}

const _: () = assert!(size_of::<ZapTablePhys>() == 40 && size_of::<ZapPhys>() == 104);
const _: () = assert!(core::mem::offset_of!(ZapPhys, zap_salt) == 80);
