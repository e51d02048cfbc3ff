//! The uberblock ring of each label (`vl_uberblock`, 128 KiB at 128 KiB into the label) and
//! the best uberblock: highest txg, then timestamp (vdev_label.c `vdev_uberblock_compare`).
use zerocopy::FromBytes;
use zfs_writer::phys::{UBERBLOCK_MAGIC, Uberblock};

use super::Label;
use super::eck::{Eck, check};
use super::label_offset;
use crate::error::{Result, corrupt, ensure};
use crate::read_at::ReadAt;

/// Where the ring starts in a label, and its size.
const RING: (u64, usize) = (128 << 10, 128 << 10);

/// The best valid uberblock of all four rings. A slot with the magic and a bad checksum is
/// corruption; a slot without the magic was never written.
pub(crate) fn best_uberblock(src: &dyn ReadAt, ashift: u64) -> Result<Uberblock> {
    let slot = 1usize << ashift.clamp(10, 13);
    let mut best: Option<Uberblock> = None;
    for l in 0..4 {
        let base = label_offset(src.size(), l) + RING.0;
        let mut ring = vec![0; RING.1];
        src.read_exact_at(base, &mut ring)
            .map_err(|e| corrupt(format!("label {l} uberblocks"), e.to_string()))?;
        for (i, s) in ring.chunks_exact(slot).enumerate() {
            let Some(ub) = slot_uberblock(s, base + (i * slot) as u64, l, i)? else {
                continue;
            };
            if best.as_ref().is_none_or(|b| key(&ub) > key(b)) {
                best = Some(ub);
            }
        }
    }
    best.ok_or_else(|| corrupt("labels", "no valid uberblock in any ring"))
}

fn slot_uberblock(s: &[u8], offset: u64, l: u64, i: usize) -> Result<Option<Uberblock>> {
    let ub = Uberblock::read_from_prefix(s)
        .expect("slot holds an uberblock")
        .0;
    if ub.ub_magic.get() != UBERBLOCK_MAGIC {
        return Ok(None);
    }
    match check(s, offset) {
        Eck::Good => Ok(Some(ub)),
        _ => Err(corrupt(
            format!("label {l} uberblock slot {i}"),
            "checksum does not match",
        )),
    }
}

fn key(ub: &Uberblock) -> (u64, u64) {
    (ub.ub_txg.get(), ub.ub_timestamp.get())
}

/// The uberblock belongs to the labels: GUID sum of the root vdev (the pool GUID) and the one
/// leaf, and a txg no older than the labels' (`vdev_validate`, `spa_ld_trusted_config`).
pub(crate) fn check_uberblock(label: &Label, ub: &Uberblock) -> Result<()> {
    let sum = label.pool_guid.wrapping_add(label.guid);
    ensure(ub.ub_guid_sum.get() == sum, "uberblock", || {
        format!(
            "guid sum {:#x} != pool + vdev GUIDs {sum:#x}",
            ub.ub_guid_sum.get()
        )
    })?;
    ensure(label.txg <= ub.ub_txg.get(), "uberblock", || {
        format!(
            "txg {} is older than the labels' {}",
            ub.ub_txg.get(),
            label.txg
        )
    })
}
