//! The ISO's boot layout, the one place it is decided (for `anvil-assemble iso` and the
//! default build): the kernel and initramfs at isolinux.cfg's paths (`/boot/bzImage`,
//! `/boot/initramfs.cpio.gz`), isolinux and its catalog under `/isolinux/`, the isohybrid MBR,
//! and an ESP image `/boot/efi.img` holding systemd-boot, its config and the same kernel and
//! initramfs.
use std::path::Path;

use anyhow::Result;
use formats::iso::{BiosBoot, EfiBoot, Extra, Options, Source};
use isolinux::{Assets, BOOT_CATALOG, Config, From, ISOLINUX_BIN, Placed};

/// What to leave out.
#[derive(Clone, Copy, Debug, Default)]
pub struct Without {
    /// No isohybrid MBR (and no GPT): CD only.
    pub hybrid: bool,
    /// No ESP, no second El Torito entry, no GPT.
    pub efi: bool,
}

/// The boot files placed beside the tree, the writer's options, and the bytes of boot files
/// the image will hold (for a progress bar: the ESP holds the kernel and initramfs again).
pub fn layout(
    cfg: &Config,
    kernel: &Path,
    initrd: &Path,
    volume_id: &str,
    without: Without,
) -> Result<(Vec<Extra>, Options, u64)> {
    let assets = Assets::find()?;
    let boot = [(&cfg.kernel, kernel), (&cfg.initrd, initrd)].map(|(at, from)| Extra {
        path: at.trim_start_matches('/').into(),
        source: Source::Host(from.to_owned()),
    });
    let mut extras = boot.to_vec();
    extras.extend(cfg.isolinux_files(&assets)?.into_iter().map(extra));
    let hybrid_mbr = match without.hybrid {
        true => None,
        false => Some(assets.isohdpfx_bin.read()?),
    };
    let efi = match without.efi {
        true => None,
        false => {
            let mut files: Vec<Extra> = cfg.esp_files()?.into_iter().map(extra).collect();
            files.extend_from_slice(&boot);
            let image = "boot/efi.img".into();
            Some(EfiBoot { image, files })
        }
    };
    let copies = if without.efi { 1 } else { 2 };
    let boot_bytes = [kernel, initrd].map(|p| p.metadata().map_or(0, |m| m.len()));
    let opts = Options {
        volume_id: volume_id.to_owned(),
        epoch: super::tree::source_date_epoch()?,
        bios: Some(BiosBoot {
            image: ISOLINUX_BIN.into(),
            catalog: BOOT_CATALOG.into(),
            hybrid_mbr,
        }),
        efi,
    };
    Ok((extras, opts, copies * boot_bytes.iter().sum::<u64>()))
}

/// A loader's file as the ISO writer's.
fn extra(placed: Placed) -> Extra {
    let source = match placed.from {
        From::Host(path) => Source::Host(path),
        From::Text(text) => Source::Bytes(text.into_bytes()),
    };
    let path = placed.path;
    Extra { path, source }
}
