//! Packing a znode's attributes into its bonus buffer and, when they overflow it, a spill
//! block. OpenZFS module/zfs/sa.c `sa_build_layouts`, `sa_resize_spill`; module/zfs/dbuf.c
//! (a new spill buffer starts at `SPA_MINBLOCKSIZE`).
//!
//! Each buffer is an SA header, then its attributes in order at 8-byte-aligned offsets.
//! Attributes before the spill point (`sa_find_sizes.rs`) go to the bonus, the rest to the
//! spill block under a header and layout of their own.
use super::sa_bonus::{SaBonus, SaSpill};
use super::sa_find_sizes::{is_var, sa_size, sa_spill_index};
use super::sa_hdr::{encode_sa_hdr, sa_hdr_size};
use super::sa_layout::SaLayouts;
use super::sa_registry::sa_registered_len;
use crate::phys::{BLKPTR_SIZE, DN_OLD_MAX_BONUSLEN, SPA_MINBLOCKSIZE, SPA_OLD_MAXBLOCKSIZE};

/// One attribute: its number and its bytes.
pub(crate) type SaAttrData = (u16, Vec<u8>);

/// The bonus (and spill block) holding `attrs`, in this order (`sa_build_layouts`), their
/// layouts numbered by `layouts`.
pub(crate) fn sa_pack(attrs: &[SaAttrData], layouts: &mut SaLayouts) -> SaBonus {
    let Some(split) = sa_spill_index(attrs) else {
        let (bonus, layout) = sa_encode_buf(attrs, layouts);
        return SaBonus {
            bonus,
            layout,
            spill: None,
        };
    };
    let (mut bonus, layout) = sa_encode_buf(&attrs[..split], layouts);
    // dmu_set_bonus(MIN(bonuslen - sizeof (blkptr_t), used + hdrsize)): `used` counts the
    // spilled attributes too, so this is the whole space before `dn_spill` in practice.
    let var_count = attrs[..split].iter().filter(|a| is_var(a)).count();
    let len = (DN_OLD_MAX_BONUSLEN - BLKPTR_SIZE).min(sa_size(attrs) + sa_hdr_size(var_count));
    assert!(bonus.len() <= len, "bonus of {} bytes", bonus.len());
    bonus.resize(len, 0);
    let (mut block, spill_layout) = sa_encode_buf(&attrs[split..], layouts);
    assert!(
        block.len() <= SPA_OLD_MAXBLOCKSIZE,
        "spill of {} bytes",
        block.len()
    );
    block.resize(block.len().next_multiple_of(SPA_MINBLOCKSIZE), 0);
    let spill = Some(SaSpill {
        block,
        layout: spill_layout,
    });
    SaBonus {
        bonus,
        layout,
        spill,
    }
}

/// One SA buffer: header, then each attribute at the next 8-byte boundary; and its layout.
fn sa_encode_buf(attrs: &[SaAttrData], layouts: &mut SaLayouts) -> (Vec<u8>, u16) {
    let ids: Vec<u16> = attrs.iter().map(|a| a.0).collect();
    let layout = layouts.number(&ids);
    let var = attrs.iter().filter(|a| is_var(a));
    let lengths: Vec<u16> = var
        .map(|a| u16::try_from(a.1.len()).expect("u16"))
        .collect();
    let mut buf = encode_sa_hdr(layout, &lengths);
    for (attr, data) in attrs {
        let fixed = sa_registered_len(*attr);
        assert!(
            fixed == 0 || fixed == data.len(),
            "attribute {attr}: {}",
            data.len()
        );
        buf.resize(buf.len().next_multiple_of(8), 0);
        buf.extend_from_slice(data);
    }
    (buf, layout)
}
