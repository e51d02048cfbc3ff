//! `anvil-assemble pool` options.
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Deserialize;
use zfs_writer::feature::Compatibility;

use super::size::{Size, parse_size_or_auto};
use super::tree::PoolTreeArgs;

pub use zfs_writer::compress::Compression;

/// `anvil-assemble pool`. Pool settings are `None` unless given: they override the
/// manifest's `[pool]`, which overrides the defaults (`cmd::pool`).
#[derive(Debug, Args)]
pub struct PoolArgs {
    /// The dataset's tree.
    #[command(flatten)]
    pub tree: PoolTreeArgs,
    /// TOML file declaring the pool and its datasets, each with its own tree and properties
    /// (see docs/manifest-example.toml); flags given here override its [pool] keys.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["root", "spec", "all_root", "dataset", "snapshots"])]
    pub manifest: Option<PathBuf>,
    /// Output image (written to a temporary file beside it, renamed when complete).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Image size: bytes, or with a K, M, G or T suffix (powers of 1024), or `auto`: what
    /// the tree needs uncompressed, plus an eighth and 16 MiB, plus OpenZFS's reserve
    /// [default: 500M].
    #[arg(long, value_parser = parse_size_or_auto)]
    pub size: Option<Size>,
    /// Pool name [default: anvil_pool].
    #[arg(long)]
    pub pool: Option<String>,
    /// Dataset under the pool that holds the tree (mountpoint /).
    #[arg(long, default_value = "ROOT")]
    pub dataset: String,
    /// Snapshot of the dataset taken once it is written, as `zfs snapshot` takes it (a
    /// rollback point: `zfs rollback POOL/DATASET@NAME`); repeat for more, oldest first.
    #[arg(long = "snapshot", value_name = "NAME")]
    pub snapshots: Vec<String>,
    /// log2 of the allocation unit (9 = 512 B … 16 = 64 KiB) [default: 12].
    #[arg(long, value_parser = clap::value_parser!(u32).range(9..=16))]
    pub ashift: Option<u32>,
    /// Compression of file data, set on the pool's root dataset and inherited by every
    /// dataset that sets none: lz4, off, on (= lz4), zstd (= level 3), zstd-1 … zstd-19,
    /// zstd-fast, zstd-fast-N (N 1–10, 20–100 by 10, 500, 1000). Metadata is lz4 whatever
    /// it says, as in OpenZFS [default: lz4].
    #[arg(long, value_name = "NAME")]
    pub compression: Option<Compression>,
    /// How the kernel will open the image: `file` for `zpool import -d DIR`, `disk` through a
    /// loop device. OpenZFS refuses the other one [default: file].
    #[arg(long, value_enum)]
    pub vdev_type: Option<VdevTypeArg>,
    /// Pins every GUID and ZAP salt [default: GUIDs from a hash of the options and the
    /// datasets' contents, so different trees never share a pool GUID; same input, same bytes].
    #[arg(long)]
    pub seed: Option<u64>,
    /// The features the pool enables, as `zpool create -o compatibility=NAME` does: an
    /// OpenZFS 2.3.2 preset (`openzfs-2.1-linux`, `openzfs-2.2-linux`, `openzfs-2.3-linux`,
    /// `grub2`, `ubuntu-22.04`…), `off` (every feature of OpenZFS 2.3.2) or `legacy` (lz4
    /// only) [default: openzfs-2.1-linux].
    #[arg(long, value_parser = Compatibility::named)]
    pub compatibility: Option<Compatibility>,
    /// Compression threads (default: every core); the output is the same for any count.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub threads: Option<u32>,
}

/// `--vdev-type`, or `vdev_type` in the manifest's `[pool]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VdevTypeArg {
    /// A regular file.
    File,
    /// A block device.
    Disk,
}
