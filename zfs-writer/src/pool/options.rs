//! What the caller chooses about the pool: name, size, allocation unit, compression, vdev
//! type, seed and time, and the datasets with their trees and properties.
use anvil_tree::Tree;

use crate::compress::Compression;
use crate::feature::Compatibility;

pub use crate::dsl::PropValue;

/// How the kernel will open the image: a regular file or a block device (loop, partition).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VdevType {
    /// `file`: `zpool import -d DIR` on the image file itself.
    File,
    /// `disk`: the image seen through a block device such as a loop device.
    Disk,
}

/// One dataset under the pool's root dataset.
#[derive(Clone, Debug)]
pub struct DatasetOptions {
    /// Name below the pool (`ROOT` for `anvil_pool/ROOT`).
    pub name: String,
    /// The files of the dataset.
    pub tree: Tree,
    /// Properties set on the dataset: `(name, value)`, e.g. `("mountpoint", "/")`.
    pub props: Vec<(String, PropValue)>,
    /// Snapshots taken of it once written, oldest first (`zfs snapshot NAME@SNAP`).
    pub snapshots: Vec<String>,
}

/// Everything `write_pool` needs.
#[derive(Clone, Debug)]
pub struct PoolOptions {
    /// Pool name.
    pub name: String,
    /// Image size in bytes (rounded down to 256 KiB).
    pub size: u64,
    /// log2 of the allocation unit (9–16).
    pub ashift: u32,
    /// `compression` of the pool's root dataset, which every dataset inherits unless it sets
    /// its own (metadata is lz4 whatever it says, as in OpenZFS).
    pub compression: Compression,
    /// Metadata (every block but file data, the MOS's included) lz4-compressed, as OpenZFS
    /// always does (dmu.c `dmu_write_policy`). `false` stores it as it is, which OpenZFS
    /// reads but never writes: for tests that edit blocks in place.
    pub compress_metadata: bool,
    /// How the kernel will open the image.
    pub vdev_type: VdevType,
    /// The features enabled, as `zpool create -o compatibility=NAME` enables them.
    pub compatibility: Compatibility,
    /// Pins every GUID and ZAP salt. `None`: salts from [`DEFAULT_SEED`](crate::seed::DEFAULT_SEED)
    /// and GUIDs from a hash of the options and every dataset's contents (`seed::guid_seed`),
    /// so the same input gives the same bytes and different inputs different pool GUIDs.
    pub seed: Option<u64>,
    /// Creation time in seconds since the epoch (`SOURCE_DATE_EPOCH`).
    pub time: u64,
    /// Compression threads.
    pub threads: usize,
    /// The datasets below the pool's root dataset.
    pub datasets: Vec<DatasetOptions>,
}

/// The pool every front end starts from: `anvil_pool`, 500 MiB, ashift 12 (4 KiB sectors),
/// lz4, a `file` vdev, the `openzfs-2.1-linux` features, seed 1729, created at the epoch,
/// compressing on every core, with no dataset yet. The one place these defaults live.
impl Default for PoolOptions {
    fn default() -> PoolOptions {
        PoolOptions {
            name: "anvil_pool".to_owned(),
            size: 500 << 20,
            ashift: 12,
            compression: Compression::Lz4,
            compress_metadata: true,
            vdev_type: VdevType::File,
            compatibility: Compatibility::default(),
            seed: None,
            time: 0,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            datasets: Vec::new(),
        }
    }
}

impl PoolOptions {
    /// The compression of metadata blocks (`compress_metadata`).
    pub fn metadata_compression(&self) -> Compression {
        match self.compress_metadata {
            true => Compression::Lz4,
            false => Compression::Off,
        }
    }
}
