//! Step 4: the hybrid ISO (formats::iso): the pool image, the kernel, the initramfs,
//! isolinux for BIOS and an ESP with systemd-boot for UEFI, laid out as `anvil-assemble iso`
//! lays them out (`cmd::boot`).
use std::path::Path;

use anvil_tree::Tree;
use anyhow::{Context, Result};
use formats::iso;

use crate::cmd::boot::{Without, layout};
use crate::progress;

/// Step 4: `tree` (the pool image) with the kernel, the initramfs, isolinux and the ESP.
pub fn write(
    tree: &Tree,
    boot: [&Path; 2],
    cfg: &isolinux::Config,
    vol: &str,
    out: &Path,
) -> Result<u64> {
    let (extras, opts, boot_bytes) = layout(cfg, boot[0], boot[1], vol, Without::default())?;
    let bar = progress::bytes(tree.file_bytes() + boot_bytes, "iso");
    let summary = iso::write(tree, &extras, &opts, out, &mut |n| bar.inc(n))
        .with_context(|| format!("writing {}", out.display()))?;
    bar.finish_and_clear();
    summary
        .warnings
        .iter()
        .for_each(|w| eprintln!("warning: {w}"));
    Ok(summary.size)
}
