//! Writes a ZFS pool image file from an input tree, in userspace, with no kernel module.
//!
//! The spec is OpenZFS 2.3 (`include/sys/*.h`, `module/zfs/*.c`); names follow it. The write
//! pipeline, bottom-up because parents hold their children's checksums: file data and ZPL
//! objects → dataset object sets → DSL and MOS objects → space maps → MOS object set →
//! uberblock and the four vdev labels. Layers, each pure except `vdev`:
#![forbid(unsafe_code)]

pub mod checksum; // fletcher4, SHA-256, embedded label checksums
pub mod compress; // lz4 and zstd in ZFS framing, the compression property, keep-if-it-saves
pub mod dmu; // blocks, block trees, object sets
pub mod dsl; // the MOS's DSL and pool-level objects of a new pool, as a pure plan
mod error; // Error, Result
pub mod feature; // feature table, compatibility presets, feature states
pub mod fs; // the ZPL file system of a dataset
pub mod nvlist; // XDR-encoded name/value lists (labels, MOS config)
pub mod phys; // exact on-disk structures, one per file
pub mod pool; // the orchestrator: vdev, datasets, MOS, labels
pub mod seed; // deterministic GUIDs and salts
pub mod vdev; // the image file: geometry, allocation, space maps, labels
pub mod zap; // micro and fat ZAP objects
pub mod zpl; // znodes: System-Attribute bonus, trivial ACLs, master node

pub use error::{Error, Result};
