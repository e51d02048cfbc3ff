//! The vdev's own structures (OpenZFS include/sys/vdev_impl.h `vdev_label_t`): four labels,
//! each a self-checksummed config nvlist and a ring of self-checksummed uberblocks.
mod eck; // zio_eck_t: SHA-256 with the region's offset as verifier
mod label; // vdev_phys: the config nvlist of one label
mod uberblock; // the ring, and the best uberblock of all four labels

pub(crate) use label::{Label, read_labels};
pub(crate) use uberblock::{best_uberblock, check_uberblock};

/// `sizeof (vdev_label_t)`.
const LABEL_SIZE: u64 = 256 << 10;

/// Byte offset of label `l` in an image of `size` bytes (`vdev_label_offset`).
fn label_offset(size: u64, l: u64) -> u64 {
    let psize = size / LABEL_SIZE * LABEL_SIZE;
    if l < 2 {
        l * LABEL_SIZE
    } else {
        psize - 4 * LABEL_SIZE + l * LABEL_SIZE
    }
}
