//! A pool read back by zfs-reader; a tree is compared with one dataset (ROOT unless told).
use std::path::Path;

use anyhow::Result;

/// A pool's report; the tree is compared with `dataset` (full or below the pool; default
/// ROOT), in one pass.
pub fn pool(
    image: &Path,
    tree: Option<&anvil_tree::Tree>,
    dataset: Option<&str>,
) -> Result<String> {
    let opts = zfs_reader::Options {
        tree: tree.map(|t| (dataset.unwrap_or("ROOT"), t)),
        mtime_seconds_only: false,
    };
    Ok(zfs_reader::verify(image, &opts)?.to_string())
}
