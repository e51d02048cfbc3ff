//! The default build: `anvil-assemble --out anvilos-alpha.iso` reads `anvil.toml` and, in one
//! process, lays out the pool's root tree, writes it as `rootfs.img` (zfs-writer), writes the
//! initramfs that imports it (formats::initramfs) and the hybrid ISO holding both
//! (formats::iso). No host tool is run; the work files live in a hidden directory beside
//! `--out`, removed at the end.
mod applets; // busybox and its applet links from a list file
mod conf; // the initramfs /init's settings
mod config; // anvil.toml: inputs, [pool], [root], [iso]; missing inputs → the forge command
mod iso; // the hybrid ISO with the boot files and the pool image
mod layout; // the pool's root tree and the initramfs tree, in memory (all 0:0, no root needed)
mod spec; // the entries the build lays out, in memory; busybox applet links
mod verify; // step 5: every image read back against its tree
mod work; // the work directory (pool image, initramfs), the ISO's tree
mod write; // the pool image and the initramfs through our writers

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::cli::BuildArgs;
use config::Config;

/// Checks the volume id, and `--out` against the build's inputs, before any work.
fn claim(out: &Path, manifest: &Path, config: &Config) -> Result<()> {
    formats::iso::check_volume_id(&config.iso.volume_id)
        .with_context(|| format!("{}: [iso] volume_id", manifest.display()))?;
    let i = &config.inputs;
    let mut inputs = vec![manifest, &i.kernel, &i.busybox, &i.zpool, &i.zfs];
    inputs.extend(config.root.tree.as_deref());
    crate::cmd::output::claim(out, &inputs)
}

/// Runs the four steps and prints what each wrote.
pub fn run(args: &BuildArgs) -> Result<()> {
    let start = Instant::now();
    let out = args.out.as_deref().context("--out is required")?;
    let config = Config::read(&args.manifest)?;
    config.check_inputs()?;
    claim(out, &args.manifest, &config)?;
    let epoch = crate::cmd::tree::source_date_epoch()?;
    let work = work::work_dir(out)?;
    let w = work.path();
    let root = layout::pool_root(&config, w, epoch)?;
    step(
        1,
        &format!("pool root tree: {} entries", root.entries().len()),
    );
    let (img, initrd) = (w.join(&config.iso.image), w.join("initramfs.cpio.gz"));
    let (size, root) = write::pool(&config, root, crate::cmd::tree::creation_time(epoch), &img)?;
    step(2, &format!("{}: {size} bytes", config.iso.image));
    let tree = layout::initramfs(&config, epoch)?;
    let gz = write::initramfs(&tree, &initrd)?;
    step(3, &format!("initramfs.cpio.gz: {gz} bytes"));
    let iso_tree = work::iso_tree(&config, &img, epoch)?;
    let bytes = iso::write(&iso_tree, &config, [&initrd, out], args.append.as_deref())?;
    step(4, &format!("{}: {bytes} bytes", out.display()));
    if !args.no_verify {
        let images = [
            (&img, &root),
            (&initrd, &tree),
            (&out.to_owned(), &iso_tree),
        ];
        let took = verify::all(&config, images)?;
        step(
            5,
            &format!("verified: pool, initramfs and ISO equal their trees ({took:.2} s)"),
        );
    }
    println!(
        "{}: done in {:.2} s",
        out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn step(n: u32, what: &str) {
    println!("[{n}/5] {what}");
}
