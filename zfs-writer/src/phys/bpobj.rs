//! `bpobj_phys_t`: the bonus of a block-pointer list (deferred frees, deadlist entries).
//! OpenZFS include/sys/bpobj.h; module/zfs/bpobj.c (`bpobj_alloc` writes `BPOBJ_SIZE_V2`
//! bytes unless the `livelist` feature is active).
use core::mem::offset_of;
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `BPOBJ_SIZE_V2`: bonus bytes of a bpobj without `bpo_num_freed`.
pub const BPOBJ_SIZE_V2: usize = 48;

/// Counts of the block pointers in the object's data and of its sub-lists.
/// OpenZFS include/sys/bpobj.h `bpobj_phys_t`.
#[derive(Clone, Debug, PartialEq, Eq, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct BpobjPhys {
    /// Block pointers stored in the data blocks.
    pub bpo_num_blkptrs: U64,
    /// Allocated bytes they point at.
    pub bpo_bytes: U64,
    /// Physical bytes they point at.
    pub bpo_comp: U64,
    /// Uncompressed bytes they point at.
    pub bpo_uncomp: U64,
    /// Object listing sub-bpobjs (0: none).
    pub bpo_subobjs: U64,
    /// Entries in `bpo_subobjs`.
    pub bpo_num_subobjs: U64,
    /// Freed entries (livelists only; beyond `BPOBJ_SIZE_V2`).
    pub bpo_num_freed: U64,
}

impl BpobjPhys {
    /// The `BPOBJ_SIZE_V2` bytes OpenZFS stores as the bonus.
    /// OpenZFS module/zfs/bpobj.c `bpobj_alloc`.
    pub fn encode_v2(&self) -> Vec<u8> {
        self.as_bytes()[..BPOBJ_SIZE_V2].to_vec()
    }

    /// Reads a `BPOBJ_SIZE_V2` bonus (`bpo_num_freed` reads as 0).
    /// OpenZFS module/zfs/bpobj.c `bpobj_open` (`bpo_havefreed` only beyond V2).
    ///
    /// # Panics
    /// If `bonus` is not `BPOBJ_SIZE_V2` bytes long.
    pub fn decode_v2(bonus: &[u8]) -> BpobjPhys {
        assert_eq!(bonus.len(), BPOBJ_SIZE_V2, "bpobj bonus length");
        let mut full = [0u8; size_of::<BpobjPhys>()];
        full[..BPOBJ_SIZE_V2].copy_from_slice(bonus);
        BpobjPhys::read_from_bytes(&full).expect("56 bytes")
    }
}

const _: () = assert!(size_of::<BpobjPhys>() == 56);
const _: () = assert!(offset_of!(BpobjPhys, bpo_num_subobjs) == 40);
