//! Step 4: the hybrid ISO (formats::iso): the pool image, the kernel, the initramfs,
//! isolinux for BIOS and an ESP with systemd-boot for UEFI.
use std::path::Path;

use anvil_tree::Tree;
use anyhow::{Context, Result};
use formats::iso::{self, BiosBoot, EfiBoot, Extra, Options, Source};
use isolinux::{Assets, BOOT_CATALOG, From, ISOLINUX_BIN, Placed};

use crate::progress;

/// Step 4: `tree` (the pool image) with the kernel, the initramfs, isolinux and the ESP.
pub fn write(
    tree: &Tree,
    boot: [&Path; 2],
    cfg: &isolinux::Config,
    vol: &str,
    out: &Path,
) -> Result<u64> {
    let assets = Assets::find()?;
    let boot = [(&cfg.kernel, boot[0]), (&cfg.initrd, boot[1])].map(|(at, from)| Extra {
        path: at.trim_start_matches('/').into(),
        source: Source::Host(from.to_owned()),
    });
    let mut extras = boot.to_vec();
    extras.extend(cfg.isolinux_files(&assets)?.into_iter().map(extra));
    let mut esp: Vec<Extra> = cfg.esp_files()?.into_iter().map(extra).collect();
    esp.extend_from_slice(&boot);
    let opts = Options {
        volume_id: vol.to_owned(),
        epoch: crate::cmd::tree::source_date_epoch()?,
        bios: Some(BiosBoot {
            image: ISOLINUX_BIN.into(),
            catalog: BOOT_CATALOG.into(),
            hybrid_mbr: Some(assets.isohdpfx_bin.read()?),
        }),
        efi: Some(EfiBoot {
            image: "boot/efi.img".into(),
            files: esp,
        }),
    };
    let boot_bytes: u64 = boot_len(&boot);
    let bar = progress::bytes(tree.file_bytes() + 2 * boot_bytes, "iso");
    let summary = iso::write(tree, &extras, &opts, out, &mut |n| bar.inc(n))
        .with_context(|| format!("writing {}", out.display()))?;
    bar.finish_and_clear();
    summary
        .warnings
        .iter()
        .for_each(|w| eprintln!("warning: {w}"));
    Ok(summary.size)
}

fn boot_len(boot: &[Extra]) -> u64 {
    let len = |e: &Extra| match &e.source {
        Source::Host(p) => p.metadata().map_or(0, |m| m.len()),
        Source::Bytes(b) => b.len() as u64,
    };
    boot.iter().map(len).sum()
}

/// A loader's file as the ISO writer's.
fn extra(placed: Placed) -> Extra {
    let source = match placed.from {
        From::Host(path) => Source::Host(path),
        From::Text(text) => Source::Bytes(text.into_bytes()),
    };
    Extra {
        path: placed.path,
        source,
    }
}
