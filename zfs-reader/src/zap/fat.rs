//! `zap_phys_t`: the fat ZAP's header block and its pointer table (embedded in the header's
//! second half, or in blocks of its own), which names every leaf block.
use std::collections::BTreeSet;

use super::{ZapEntry, leaf};
use crate::error::{Result, corrupt, ensure};

/// `ZAP_MAGIC`.
const ZAP_MAGIC: u64 = 0x2F52_AB2AB;

fn word(b: &[u8], i: usize) -> u64 {
    b.get(i * 8..i * 8 + 8)
        .map_or(0, |w| u64::from_le_bytes(w.try_into().expect("8 bytes")))
}

/// Every entry of the fat ZAP whose blocks (of `bs` bytes) are `data`.
pub(super) fn entries(data: &[u8], bs: u64, at: &str) -> Result<Vec<ZapEntry>> {
    let bs = bs as usize;
    ensure(bs >= 512 && bs.is_power_of_two(), at, || {
        format!("fat ZAP block size {bs}")
    })?;
    ensure(word(data, 1) == ZAP_MAGIC, at, || {
        "fat ZAP header without ZAP_MAGIC".into()
    })?;
    let (zt_blk, zt_numblks, zt_shift) = (word(data, 2), word(data, 3), word(data, 4));
    let blocks = data.len() / bs;
    let table: Vec<u64> = if zt_numblks == 0 {
        let half = bs / 16;
        ensure(zt_shift < 64 && 1u64 << zt_shift <= half as u64, at, || {
            format!("zt_shift {zt_shift}")
        })?;
        (0..1usize << zt_shift)
            .map(|i| word(data, half + i))
            .collect()
    } else {
        let n = zt_numblks.saturating_mul(bs as u64 / 8);
        ensure(
            zt_blk.saturating_add(zt_numblks) <= blocks as u64,
            at,
            || "pointer table past the object".into(),
        )?;
        (0..n as usize)
            .map(|i| word(data, zt_blk as usize * bs / 8 + i))
            .collect()
    };
    let leaves: BTreeSet<u64> = table.into_iter().collect();
    let mut out = Vec::new();
    for blk in leaves {
        let b = data.get(blk as usize * bs..(blk as usize + 1) * bs);
        let b = b
            .filter(|_| blk != 0)
            .ok_or_else(|| corrupt(at, format!("leaf block {blk}")))?;
        out.extend(leaf::entries(b, &format!("{at} leaf {blk}"))?);
    }
    Ok(out)
}
