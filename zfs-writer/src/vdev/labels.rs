//! The four vdev labels, written last: an empty boot envelope, the config nvlist and a ring of
//! identical uberblocks, each region sealed with its own embedded checksum.
//! OpenZFS include/sys/vdev_impl.h (`vdev_label_t`, `VDEV_UBERBLOCK_SHIFT`),
//! module/zfs/vdev_label.c (`vdev_label_init`, `vdev_uberblock_sync`).
use zerocopy::IntoBytes;

use super::{Geometry, LABEL_SIZE, Sink};
use crate::checksum::seal_label;
use crate::error::{Error, Result};
use crate::phys::Uberblock;

/// Offset of the boot envelope (`vl_be`) in a label, after 8 KiB of padding.
const BE_OFFSET: usize = 8 << 10;
/// Offset of the nvlist area (`vl_vdev_phys`), 112 KiB.
const PHYS_OFFSET: usize = 16 << 10;
/// Offset of the uberblock ring (`vl_uberblock`), 128 KiB.
const RING_OFFSET: usize = 128 << 10;

/// Writes labels 0–3 holding the packed `nvlist` and `ub` in every uberblock slot.
pub fn write_labels(sink: &Sink, g: &Geometry, nvlist: &[u8], ub: &Uberblock) -> Result<()> {
    assert!(
        nvlist.len() <= RING_OFFSET - PHYS_OFFSET - 40,
        "label nvlist of {} bytes",
        nvlist.len()
    );
    for l in 0..4 {
        let base = g.label_offset(l);
        let label = label(base, g.ashift, nvlist, ub);
        sink.write_raw(base, &label)
            .map_err(|source| Error::Image {
                what: "writing a vdev label",
                source,
            })?;
    }
    Ok(())
}

fn label(base: u64, ashift: u32, nvlist: &[u8], ub: &Uberblock) -> Vec<u8> {
    let mut label = vec![0u8; LABEL_SIZE as usize];
    seal_label(&mut label[BE_OFFSET..PHYS_OFFSET], base + BE_OFFSET as u64);
    label[PHYS_OFFSET..PHYS_OFFSET + nvlist.len()].copy_from_slice(nvlist);
    seal_label(
        &mut label[PHYS_OFFSET..RING_OFFSET],
        base + PHYS_OFFSET as u64,
    );
    let slot = 1usize << ashift.clamp(10, 13);
    for (i, region) in label[RING_OFFSET..].chunks_exact_mut(slot).enumerate() {
        region[..size_of::<Uberblock>()].copy_from_slice(ub.as_bytes());
        seal_label(region, base + (RING_OFFSET + i * slot) as u64);
    }
    label
}
