//! `[pool]` (of a manifest or of anvil.toml) over the writer's defaults.
use std::path::Path;

use zfs_writer::pool::{PoolOptions, VdevType, fitting_size, headroom};

use super::parse::PoolSection;
use crate::cli::{Size, VdevTypeArg};

impl PoolSection {
    /// Keys given here win over `other`'s (command-line flags over a manifest's `[pool]`).
    pub fn or(self, other: &PoolSection) -> PoolSection {
        PoolSection {
            name: self.name.or_else(|| other.name.clone()),
            size: self.size.or(other.size),
            ashift: self.ashift.or(other.ashift),
            compression: self.compression.or(other.compression),
            vdev_type: self.vdev_type.or(other.vdev_type),
            seed: self.seed.or(other.seed),
            compatibility: self.compatibility.or_else(|| other.compatibility.clone()),
        }
    }

    /// `size = "auto"`: sets `opts.size` (its datasets given) to what they need, measured by
    /// a dry run, plus headroom.
    pub fn resolve_size(&self, opts: &mut PoolOptions, out: &Path) -> anyhow::Result<()> {
        if self.size == Some(Size::Auto) {
            opts.size = fitting_size(opts, out, headroom)?;
        }
        Ok(())
    }

    /// The writer's options: each key given here, else `PoolOptions::default()`'s; no
    /// dataset yet, created at `time`.
    pub fn options(&self, time: u64) -> PoolOptions {
        let d = PoolOptions::default();
        PoolOptions {
            name: self.name.clone().unwrap_or(d.name),
            size: match self.size {
                Some(Size::Bytes(n)) => n,
                Some(Size::Auto) | None => d.size,
            },
            ashift: self.ashift.unwrap_or(d.ashift),
            compression: self.compression.unwrap_or(d.compression),
            vdev_type: match self.vdev_type {
                Some(VdevTypeArg::Disk) => VdevType::Disk,
                Some(VdevTypeArg::File) => VdevType::File,
                None => d.vdev_type,
            },
            seed: self.seed.or(d.seed),
            compatibility: self.compatibility.clone().unwrap_or(d.compatibility),
            time,
            ..d
        }
    }
}
