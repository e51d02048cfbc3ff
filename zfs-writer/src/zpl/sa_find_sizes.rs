//! Where a znode's attributes overflow its bonus buffer.
//! OpenZFS module/zfs/sa.c `sa_find_sizes` (for `SA_BONUS`): attributes are laid out in
//! order, each 8-byte aligned; the header grows by 2 bytes per variable-sized attribute after
//! the first. If the whole set does not fit in the bonus, the spill point is the first
//! attribute that reaches into the last `sizeof (blkptr_t)` bytes (the spill pointer, `dn_spill`), or the first
//! variable-sized one that cannot fit at all.
use super::sa_hdr::sa_hdr_size;
use super::sa_pack::SaAttrData;
use super::sa_registry::sa_registered_len;
use crate::phys::{BLKPTR_SIZE, DN_OLD_MAX_BONUSLEN};

/// `sa_find_sizes` for the bonus: the index of the first attribute that goes to the spill
/// block, or `None` when all fit in the bonus.
pub(crate) fn sa_spill_index(attrs: &[SaAttrData]) -> Option<usize> {
    let full_space = DN_OLD_MAX_BONUSLEN;
    let (mut total, mut hdrsize, mut var_count) = (0_usize, sa_hdr_size(0), 0);
    let mut index = None;
    for (i, attr) in attrs.iter().enumerate() {
        total = total.next_multiple_of(8) + attr.1.len();
        var_count += usize::from(is_var(attr));
        let grows = is_var(attr) && var_count > 1;
        let tmp_hdrsize = hdrsize + if grows { 2 } else { 0 };
        let might_spill_here =
            index.is_none() && total + tmp_hdrsize.next_multiple_of(8) > full_space - BLKPTR_SIZE;
        if grows {
            if tmp_hdrsize + total >= full_space {
                return Some(index.unwrap_or(i));
            }
            hdrsize = tmp_hdrsize;
        }
        if might_spill_here {
            index = Some(i);
        }
        if total + hdrsize.next_multiple_of(8) > full_space {
            return Some(index.expect("overflowing attributes pass the spill point"));
        }
    }
    None
}

/// Bytes of the attributes laid out from an aligned start, without the header.
pub(crate) fn sa_size(attrs: &[SaAttrData]) -> usize {
    attrs
        .iter()
        .fold(0, |total, a| total.next_multiple_of(8) + a.1.len())
}

/// Whether `attr` is variable-sized (registered length 0).
pub(crate) fn is_var(attr: &SaAttrData) -> bool {
    sa_registered_len(attr.0) == 0
}
