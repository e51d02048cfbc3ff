//! A pool read back by zfs-reader; a tree is compared with one dataset (POOL/ROOT unless told).
use std::path::Path;

use anyhow::Result;

/// A pool's report; the tree is compared with `dataset` (default POOL/ROOT).
pub fn pool(
    image: &Path,
    tree: Option<&anvil_tree::Tree>,
    dataset: Option<&str>,
) -> Result<String> {
    let bare = zfs_reader::Options {
        tree: None,
        mtime_seconds_only: false,
    };
    let Some(tree) = tree else {
        return Ok(zfs_reader::verify(image, &bare)?.to_string());
    };
    let name = match dataset {
        Some(name) => name.to_owned(),
        None => format!("{}/ROOT", zfs_reader::verify(image, &bare)?.pool),
    };
    let opts = zfs_reader::Options {
        tree: Some((&name, tree)),
        mtime_seconds_only: false,
    };
    Ok(zfs_reader::verify(image, &opts)?.to_string())
}
