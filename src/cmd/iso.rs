//! `anvil-assemble iso`: the tree, the kernel, the initramfs and isolinux as a bootable
//! hybrid ISO. The layout is the seed's: /boot/{bzImage,initramfs.cpio.gz}, /isolinux/….
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use formats::iso::{self, BiosBoot, Extra, Options, Source};
use isolinux::{Assets, Config};

use crate::cli::IsoArgs;
use crate::progress;

/// Where isolinux.bin sits in the image; ldlinux.c32 and isolinux.cfg go beside it.
const BOOT_IMAGE: &str = "isolinux/isolinux.bin";

/// Renders isolinux.cfg, places the boot files, writes the image, prints what was written.
pub fn run(args: &IsoArgs) -> Result<()> {
    let start = Instant::now();
    let tree = super::tree::load(&args.tree)?;
    let assets = Assets::find()?;
    let extras = extras(args, &assets)?;
    let opts = options(args, &assets)?;
    let boot_bytes = [&args.kernel, &args.initrd].map(|p| p.metadata().map_or(0, |m| m.len()));
    let bar = progress::bytes(tree.file_bytes() + boot_bytes.iter().sum::<u64>(), "iso");
    let summary = iso::write(&tree, &extras, &opts, &args.out, &mut |n| bar.inc(n))
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

/// The files placed beside the tree: kernel, initramfs, isolinux and its rendered config.
fn extras(args: &IsoArgs, assets: &Assets) -> Result<Vec<Extra>> {
    let config = Config {
        append: args.append.clone(),
        ..Config::default()
    };
    let host = |path: &str, from: &Path| Extra {
        path: path.into(),
        source: Source::Host(from.to_owned()),
    };
    Ok(vec![
        host("boot/bzImage", &args.kernel),
        host("boot/initramfs.cpio.gz", &args.initrd),
        host(BOOT_IMAGE, &assets.isolinux_bin.path),
        host("isolinux/ldlinux.c32", &assets.ldlinux_c32.path),
        Extra {
            path: "isolinux/isolinux.cfg".into(),
            source: Source::Bytes(config.render()?.into_bytes()),
        },
    ])
}

/// Volume id, `SOURCE_DATE_EPOCH`, the El Torito entry and (unless --no-hybrid) the MBR.
fn options(args: &IsoArgs, assets: &Assets) -> Result<Options> {
    let hybrid_mbr = match args.no_hybrid {
        true => None,
        false => Some(assets.isohdpfx_bin.read()?),
    };
    Ok(Options {
        volume_id: args.volume_id.clone(),
        epoch: super::tree::source_date_epoch()?,
        bios: Some(BiosBoot {
            image: BOOT_IMAGE.into(),
            catalog: "isolinux/boot.cat".into(),
            hybrid_mbr,
        }),
    })
}
