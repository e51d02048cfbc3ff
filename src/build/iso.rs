//! Step 4: the hybrid ISO (formats::iso): the pool image, the kernel, the initramfs,
//! isolinux for BIOS and an ESP with systemd-boot for UEFI, laid out as `anvil-assemble iso`
//! lays them out (`cmd::boot`).
use std::path::Path;

use anvil_tree::Tree;
use anyhow::{Context, Result};
use formats::iso;

use super::config::Config;
use crate::cmd::boot::{Without, layout};
use crate::progress;

/// Step 4: `tree` (the pool image) with `anvil.toml`'s kernel, the initramfs `paths[0]`,
/// isolinux and the ESP, into `paths[1]`; the command line is `[iso] append` plus `extra`.
pub fn write(tree: &Tree, config: &Config, paths: [&Path; 2], extra: Option<&str>) -> Result<u64> {
    let [initrd, out] = paths;
    let mut append = config.iso.append.clone();
    if let Some(extra) = extra {
        append = format!("{append} {extra}");
    }
    let cfg = isolinux::Config {
        append,
        ..isolinux::Config::default()
    };
    let (kernel, vol) = (config.inputs.kernel.as_path(), &config.iso.volume_id);
    let (extras, opts, boot_bytes) = layout(&cfg, kernel, initrd, vol, Without::default())?;
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
