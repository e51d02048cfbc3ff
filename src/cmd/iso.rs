//! `anvil-assemble iso`: the tree, the kernel, the initramfs, isolinux (BIOS) and
//! systemd-boot in an ESP image (UEFI) as a bootable hybrid ISO. The layout is the seed's:
//! /boot/{bzImage,initramfs.cpio.gz,efi.img}, /isolinux/….
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use formats::iso::{self, BiosBoot, EfiBoot, Extra, Options, Source};
use isolinux::{Assets, BOOT_CATALOG, Config, From, ISOLINUX_BIN, Placed};

use crate::cli::IsoArgs;
use crate::progress;

/// Renders the loaders' configs, places the boot files, writes the image, prints the result.
pub fn run(args: &IsoArgs) -> Result<()> {
    let start = Instant::now();
    let tree = super::tree::load(&args.tree)?;
    let assets = Assets::find()?;
    let config = Config {
        append: args.append.clone(),
        ..Config::default()
    };
    let boot = [
        (&config.kernel, &args.kernel),
        (&config.initrd, &args.initrd),
    ]
    .map(|(path, from)| host(path, from));
    let mut extras = boot.to_vec();
    extras.extend(config.isolinux_files(&assets)?.into_iter().map(extra));
    let opts = options(args, &assets, &config, &boot)?;
    let boot_bytes: u64 = [&args.kernel, &args.initrd]
        .map(|p| p.metadata().map_or(0, |m| m.len()))
        .iter()
        .sum();
    let copies = if args.no_efi { 1 } else { 2 };
    let bar = progress::bytes(tree.file_bytes() + copies * boot_bytes, "iso");
    let xattrs = args.xattrs.into();
    let summary = iso::write_with(&tree, &extras, &opts, xattrs, &args.out, &mut |n| {
        bar.inc(n)
    })
    .with_context(|| format!("writing {}", args.out.display()))?;
    bar.finish_and_clear();
    for warning in &summary.warnings {
        eprintln!("warning: {warning}");
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{}: {} bytes, {secs:.2} s",
        args.out.display(),
        summary.size
    );
    Ok(())
}

/// Volume id, `SOURCE_DATE_EPOCH`, the BIOS entry with (unless --no-hybrid) the MBR, and
/// (unless --no-efi) the ESP: systemd-boot, its config, the same kernel and initramfs.
fn options(args: &IsoArgs, assets: &Assets, config: &Config, boot: &[Extra]) -> Result<Options> {
    let hybrid_mbr = match args.no_hybrid {
        true => None,
        false => Some(assets.isohdpfx_bin.read()?),
    };
    let efi = match args.no_efi {
        true => None,
        false => {
            let mut files: Vec<Extra> = config.esp_files()?.into_iter().map(extra).collect();
            files.extend_from_slice(boot);
            let image = "boot/efi.img".into();
            Some(EfiBoot { image, files })
        }
    };
    let (image, catalog) = (ISOLINUX_BIN.into(), BOOT_CATALOG.into());
    Ok(Options {
        volume_id: args.volume_id.clone(),
        epoch: super::tree::source_date_epoch()?,
        bios: Some(BiosBoot {
            image,
            catalog,
            hybrid_mbr,
        }),
        efi,
    })
}

/// A host file placed at a loader path such as `/boot/bzImage`.
fn host(path: &str, from: &Path) -> Extra {
    let path = path.trim_start_matches('/').into();
    let source = Source::Host(from.to_owned());
    Extra { path, source }
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
