//! Reads a ZFS pool image and verifies it, like `zdb -bcc` and `zdb -r`, in userspace.
//!
//! The order of work (`verify`): the four labels and their uberblock rings → the best
//! uberblock → every block reachable from the MOS, each checksum verified and each lz4 or zstd
//! block decompressed → the DSL (datasets by name) → the space maps against the blocks found →
//! optionally one dataset's files against a tree. Corrupt input is an [`Error`] naming what
//! and where; every length read from disk is bounded and every block is visited once.
#![forbid(unsafe_code)]

mod blk; // block pointers: decode, read one copy, checksum, decompress
mod config; // the MOS config nvlist against the labels
mod dmu; // dnodes, object sets, the block-tree walk, object data
mod dsl; // datasets by name from the MOS object directory
mod error; // Error, Result
mod nvlist; // XDR name/value lists (labels, MOS config, SA xattrs)
mod pool; // Pool: the image, its geometry and what the walk found
mod read_at; // ReadAt: a file or a byte slice
mod report; // Report and its Display
mod space; // space maps against the allocated DVAs
mod vdev; // labels and the uberblock ring
mod verify; // the order of work
mod zap; // micro and fat ZAPs
mod zpl; // System Attributes, directories, the tree comparison

pub use error::{Error, Result};
pub use read_at::ReadAt;
pub use report::{BlockStats, DatasetReport, Report};
pub use verify::{Options, verify, verify_source};
