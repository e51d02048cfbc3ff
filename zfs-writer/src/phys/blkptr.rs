//! `blkptr_t`: 128-byte pointer from a parent block to a child.
//! OpenZFS include/sys/spa.h (`blkptr_t`, `BP_SET_*`). We always write little-endian and say so
//! in the byte-order bit of `blk_prop`.
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{ChecksumType, CompressType, DmuType, Dva};

/// Where up to three copies of a block live, its sizes, type, birth and checksum.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    FromBytes,
    IntoBytes,
    Immutable,
    KnownLayout,
    Unaligned,
)]
#[repr(C)]
pub struct BlkPtr {
    /// Up to three copies; unused DVAs are zero.
    pub blk_dva: [Dva; 3],
    /// Packed sizes, compression, checksum, type, level, byte order (see [`BlkProp`]).
    pub blk_prop: U64,
    /// Padding.
    pub blk_pad: [U64; 2],
    /// Physical birth txg; 0 means "same as `blk_birth`".
    pub blk_phys_birth: U64,
    /// Logical birth txg; 0 with no DVA means a hole.
    pub blk_birth: U64,
    /// Non-hole blocks beneath (or allocated dnodes, for dnode blocks).
    pub blk_fill: U64,
    /// Checksum of the child's physical bytes.
    pub blk_cksum: [U64; 4],
}

/// The fields packed into `blk_prop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlkProp {
    /// Logical (uncompressed) size in bytes, a multiple of 512.
    pub lsize: u64,
    /// Physical (stored) size in bytes, a multiple of 512.
    pub psize: u64,
    /// Compression of the stored bytes.
    pub compress: CompressType,
    /// Checksum function.
    pub checksum: ChecksumType,
    /// Object type of the block's contents.
    pub dmu_type: DmuType,
    /// 0 for data, n for an indirect block n levels above data.
    pub level: u8,
}

impl BlkProp {
    /// The `blk_prop` word (`BP_SET_LSIZE` … `BP_SET_BYTEORDER`; sizes stored as sectors − 1).
    pub fn encode(&self) -> u64 {
        assert!(
            self.lsize.is_multiple_of(512) && self.psize.is_multiple_of(512),
            "sizes are whole sectors"
        );
        assert!(self.lsize >> 9 <= 1 << 16 && self.psize >> 9 <= 1 << 16 && self.level < 32);
        ((self.lsize >> 9) - 1)
            | (((self.psize >> 9) - 1) << 16)
            | ((self.compress as u64) << 32)
            | ((self.checksum as u64) << 40)
            | ((self.dmu_type as u64) << 48)
            | (u64::from(self.level) << 56)
            | (1 << 63)
    }
}

impl BlkPtr {
    /// A pointer to one copy at `dva`, born in `birth`, with `fill` and checksum `cksum`.
    pub fn new(dva: Dva, prop: &BlkProp, birth: u64, fill: u64, cksum: [u64; 4]) -> BlkPtr {
        BlkPtr {
            blk_dva: [dva, Dva::default(), Dva::default()],
            blk_prop: U64::new(prop.encode()),
            blk_birth: U64::new(birth),
            blk_fill: U64::new(fill),
            blk_cksum: cksum.map(U64::new),
            ..BlkPtr::default()
        }
    }
}

const _: () = assert!(size_of::<BlkPtr>() == super::BLKPTR_SIZE);
const _: () = assert!(core::mem::offset_of!(BlkPtr, blk_prop) == 48);
const _: () = assert!(core::mem::offset_of!(BlkPtr, blk_cksum) == 96);
