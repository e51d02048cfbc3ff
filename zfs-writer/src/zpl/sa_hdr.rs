//! `sa_hdr_phys_t`: the header at the start of every SA buffer (bonus or spill block).
//! OpenZFS include/sys/sa_impl.h. The fixed 8 bytes hold the magic, the layout number and the
//! header size, and the length of the first variable-sized attribute; each further
//! variable-sized attribute adds a `u16` length, and the header rounds up to 8 bytes.
use core::mem::size_of;
use zerocopy::little_endian::{U16, U32};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `SA_MAGIC`: "ZPS/" read little-endian.
pub const SA_MAGIC: u32 = 0x2F_505A;

/// The fixed part of an SA header.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct SaHdrPhys {
    /// [`SA_MAGIC`].
    pub sa_magic: U32,
    /// Layout number in bits 0–9, header size / 8 in bits 10–15.
    pub sa_layout_info: U16,
    /// Length of the first variable-sized attribute (0 when there is none).
    pub sa_lengths: [U16; 1],
}

const _: () = assert!(size_of::<SaHdrPhys>() == 8);

/// Header bytes for a buffer of layout `layout` whose variable-sized attributes have
/// `lengths`, in layout order (`SA_SET_HDR` plus `sa_lengths[len_idx++]` in `sa_build_layouts`).
pub(crate) fn encode_sa_hdr(layout: u16, lengths: &[u16]) -> Vec<u8> {
    assert!(layout < 1 << 10, "layout {layout}");
    let hdrsize = sa_hdr_size(lengths.len());
    let info = (hdrsize / 8) << 10 | usize::from(layout);
    let mut hdr = SaHdrPhys {
        sa_magic: U32::new(SA_MAGIC),
        sa_layout_info: U16::new(u16::try_from(info).expect("6-bit header size")),
        sa_lengths: [U16::new(0)],
    }
    .as_bytes()
    .to_vec();
    hdr.truncate(6);
    lengths.iter().for_each(|l| hdr.extend(l.to_le_bytes()));
    hdr.resize(hdrsize, 0);
    hdr
}

/// Header size for `var_count` variable-sized attributes: 8 bytes, plus 2 per attribute
/// after the first, rounded up to 8 (`SA_HDR_SIZE_MATCH_LAYOUT`).
pub(crate) fn sa_hdr_size(var_count: usize) -> usize {
    size_of::<SaHdrPhys>() + (var_count.saturating_sub(1) * 2).next_multiple_of(8)
}
