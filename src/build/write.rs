//! Steps 2–4: the pool image, the initramfs and the hybrid ISO, each by our own writer.
use std::path::Path;

use anvil_tree::Tree;
use anyhow::{Context, Result};

use zfs_writer::pool::{DatasetOptions, PoolOptions, PropValue, write_pool};

use super::config::Config;
use crate::progress;

/// Step 2: `tree` as the root dataset of the pool `[pool]` describes; the image's size, and
/// the tree back (for verifying).
pub fn pool(config: &Config, tree: Tree, time: u64, out: &Path) -> Result<(u64, Tree)> {
    let mountpoint = PropValue::Text(config.root.mountpoint.clone());
    let dataset = DatasetOptions {
        name: config.root.dataset.clone(),
        tree,
        props: vec![("mountpoint".to_owned(), mountpoint)],
        snapshots: Vec::new(),
    };
    let mut opts = PoolOptions {
        datasets: vec![dataset],
        ..config.pool.options(time)
    };
    config.pool.resolve_size(&mut opts, out)?;
    let bar = progress::bytes(opts.datasets[0].tree.file_bytes(), "pool");
    let summary = write_pool(out, &opts, &|n| bar.inc(n))
        .with_context(|| format!("writing {}", out.display()))?;
    bar.finish_and_clear();
    let tree = opts
        .datasets
        .pop()
        .map(|d| d.tree)
        .context("the root dataset")?;
    Ok((summary.size, tree))
}

/// Step 3: the initramfs tree as a gzip-compressed newc archive.
pub fn initramfs(tree: &Tree, out: &Path) -> Result<u64> {
    let bar = progress::bytes(tree.file_bytes(), "initramfs");
    let opts = formats::initramfs::Options::default();
    let summary = formats::initramfs::write(tree, out, &opts, &mut |n| bar.inc(n))
        .with_context(|| format!("writing {}", out.display()))?;
    bar.finish_and_clear();
    Ok(summary.gz_bytes)
}
