//! `dva_t`: the address of one copy of a block.
//! OpenZFS include/sys/spa.h (`DVA_GET_*`): word 0 = asize/512 in bits 0–23, vdev in 32–55;
//! word 1 = offset/512 in bits 0–62 (relative to the end of the front labels), gang bit 63.
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Data virtual address: vdev id, byte offset past the 4 MiB label area, allocated size.
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
pub struct Dva {
    /// Allocated size (512-byte units) and vdev id.
    pub dva_word: [U64; 2],
}

impl Dva {
    /// A DVA on `vdev` at `offset` bytes (past the front labels) taking `asize` bytes; both
    /// multiples of 512.
    pub fn new(vdev: u32, offset: u64, asize: u64) -> Dva {
        assert!(
            offset.is_multiple_of(512) && asize.is_multiple_of(512) && asize > 0,
            "DVA {offset:#x}+{asize:#x}"
        );
        assert!(
            asize >> 9 < 1 << 24 && u64::from(vdev) < 1 << 24,
            "asize or vdev out of range"
        );
        let word0 = (asize >> 9) | (u64::from(vdev) << 32);
        Dva {
            dva_word: [U64::new(word0), U64::new(offset >> 9)],
        }
    }

    /// Byte offset past the front labels.
    pub fn offset(&self) -> u64 {
        (self.dva_word[1].get() & !(1 << 63)) << 9
    }

    /// Allocated bytes.
    pub fn asize(&self) -> u64 {
        (self.dva_word[0].get() & 0xff_ffff) << 9
    }

    /// The vdev id.
    pub fn vdev(&self) -> u32 {
        ((self.dva_word[0].get() >> 32) & 0xff_ffff) as u32
    }
}

const _: () = assert!(size_of::<Dva>() == 16);
