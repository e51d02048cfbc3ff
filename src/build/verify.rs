//! Step 5, unless `--no-verify`: the pool, the initramfs and the ISO read back in Rust, each
//! compared with the tree it was written from (the ISO's boot files are its extras).
use std::path::PathBuf;
use std::time::Instant;

use anvil_tree::Tree;
use anyhow::{Context, Result};

use super::config::Config;

/// Verifies `[pool, initramfs, iso]`, each `(image, tree)`; returns the seconds it took.
pub fn all(config: &Config, images: [(&PathBuf, &Tree); 3]) -> Result<f64> {
    let start = Instant::now();
    let [pool, initramfs, iso] = images;
    let named = |p: &PathBuf| format!("verifying {}", p.display());
    let dataset = Some(config.root.dataset.as_str());
    crate::cmd::verify::pool(pool.0, Some(pool.1), dataset).with_context(|| named(pool.0))?;
    formats::verify::initramfs(initramfs.0, Some(initramfs.1))
        .with_context(|| named(initramfs.0))?;
    formats::verify::iso(iso.0, Some(iso.1)).with_context(|| named(iso.0))?;
    Ok(start.elapsed().as_secs_f64())
}
