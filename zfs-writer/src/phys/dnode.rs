//! `dnode_phys_t`: the 512-byte header of one object.
//! OpenZFS include/sys/dnode.h. After the 64-byte header come `dn_nblkptr` block pointers, then
//! the bonus buffer (up to `DN_OLD_MAX_BONUSLEN` bytes with one pointer).
use zerocopy::little_endian::{U16, U64};
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{BLKPTR_SIZE, BlkPtr, DNODE_SIZE};

/// One object: type, block geometry, block pointers and bonus.
#[derive(Clone, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct DnodePhys {
    /// `dmu_object_type_t` of the data.
    pub dn_type: u8,
    /// log2 of the indirect block size.
    pub dn_indblkshift: u8,
    /// Levels of the block tree (1: `dn_blkptr` point at data).
    pub dn_nlevels: u8,
    /// Block pointers in the dnode (1–3).
    pub dn_nblkptr: u8,
    /// `dmu_object_type_t` of the bonus.
    pub dn_bonustype: u8,
    /// Checksum function (0: inherit).
    pub dn_checksum: u8,
    /// Compression (0: inherit).
    pub dn_compress: u8,
    /// `DNODE_FLAG_*` (bit 0: `dn_used` is in bytes).
    pub dn_flags: u8,
    /// Data block size in 512-byte sectors.
    pub dn_datablkszsec: U16,
    /// Bytes of bonus in use.
    pub dn_bonuslen: U16,
    /// Extra 512-byte slots taken (large dnodes; always 0 here).
    pub dn_extra_slots: u8,
    /// Padding.
    pub dn_pad2: [u8; 3],
    /// Highest block id in use.
    pub dn_maxblkid: U64,
    /// Bytes allocated for the object's blocks (with `DNODE_FLAG_USED_BYTES`).
    pub dn_used: U64,
    /// Padding.
    pub dn_pad3: [U64; 4],
    /// `dn_blkptr[dn_nblkptr]`, then the bonus buffer.
    pub dn_tail: [u8; 448],
}

impl DnodePhys {
    /// An all-zero (free) slot.
    pub fn free() -> DnodePhys {
        DnodePhys::new_zeroed()
    }

    /// Stores block pointer `i` (below `dn_nblkptr`).
    pub fn set_blkptr(&mut self, i: usize, bp: &BlkPtr) {
        assert!(
            i < usize::from(self.dn_nblkptr),
            "blkptr {i} of {}",
            self.dn_nblkptr
        );
        self.dn_tail[i * BLKPTR_SIZE..(i + 1) * BLKPTR_SIZE].copy_from_slice(bp.as_bytes());
    }

    /// Copies `bonus` into the bonus buffer and sets `dn_bonuslen`.
    pub fn set_bonus(&mut self, bonus: &[u8]) {
        let start = usize::from(self.dn_nblkptr) * BLKPTR_SIZE;
        assert!(
            start + bonus.len() <= self.dn_tail.len(),
            "bonus of {} bytes",
            bonus.len()
        );
        self.dn_tail[start..start + bonus.len()].copy_from_slice(bonus);
        self.dn_bonuslen = U16::new(bonus.len() as u16);
    }

    /// The bonus buffer in use (`DN_BONUS`, `dn_bonuslen` bytes).
    pub fn bonus(&self) -> &[u8] {
        let start = usize::from(self.dn_nblkptr) * BLKPTR_SIZE;
        let end = (start + usize::from(self.dn_bonuslen.get())).min(self.dn_tail.len());
        &self.dn_tail[start.min(end)..end]
    }
}

const _: () = assert!(size_of::<DnodePhys>() == DNODE_SIZE);
const _: () = assert!(core::mem::offset_of!(DnodePhys, dn_tail) == 64);
