//! `anvil-assemble iso`: the tree, the kernel, the initramfs, isolinux (BIOS) and
//! systemd-boot in an ESP image (UEFI) as a bootable hybrid ISO, laid out by `boot`.
use std::time::Instant;

use anyhow::{Context, Result};
use formats::iso;
use isolinux::Config;

use super::boot::{Without, layout};
use crate::cli::IsoArgs;
use crate::progress;

/// Renders the loaders' configs, places the boot files, writes the image, prints the result.
pub fn run(args: &IsoArgs) -> Result<()> {
    let start = Instant::now();
    formats::iso::check_volume_id(&args.volume_id)?;
    super::inputs::regular("--kernel", &args.kernel)?;
    super::inputs::regular("--initrd", &args.initrd)?;
    let t = &args.tree;
    let spec = t.spec.as_deref().unwrap_or(&t.root);
    super::output::claim(&args.out, &[&t.root, spec, &args.kernel, &args.initrd])?;
    let tree = super::tree::load(&args.tree, &args.out)?;
    let config = Config {
        append: args.append.clone(),
        ..Config::default()
    };
    let without = Without {
        hybrid: args.no_hybrid,
        efi: args.no_efi,
    };
    let (kernel, initrd) = (&args.kernel, &args.initrd);
    let (extras, opts, boot_bytes) = layout(&config, kernel, initrd, &args.volume_id, without)?;
    let bar = progress::bytes(tree.file_bytes() + boot_bytes, "iso");
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
