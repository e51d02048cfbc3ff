//! The image file as one leaf vdev (OpenZFS include/sys/vdev_impl.h, module/zfs/vdev.c,
//! vdev_label.c): its geometry, the only code that writes to it, the allocator, the space
//! maps that record the allocations, and the four labels written last.
mod alloc; // bump allocator over the metaslabs: deterministic, contiguous, fast
mod geometry; // sizes: labels, asize, metaslab shift and count
mod labels; // L0–L3: boot envelope, nvlist and uberblock ring, each sealed
mod sink; // positioned writes into the image file
mod spacemap; // one space-map object per metaslab, its block sized beforehand

pub use alloc::Alloc;
pub use geometry::{Geometry, LABEL_SIZE, VDEV_LABEL_START_SIZE};
pub use labels::write_labels;
pub use sink::Sink;
pub use spacemap::{SpaceMapPlan, plan_space_maps, space_map_block};
