//! `anvil-assemble initramfs`: a tree as a gzip-compressed newc archive.
use std::time::Instant;

use anyhow::{Context, Result};
use formats::initramfs::{self, Options};

use crate::cli::InitramfsArgs;
use crate::progress;

/// Loads the tree, writes the archive, prints what was written.
pub fn run(args: &InitramfsArgs) -> Result<()> {
    let start = Instant::now();
    let t = &args.tree;
    super::output::claim(&args.out, &[&t.root, t.spec.as_deref().unwrap_or(&t.root)])?;
    let tree = super::tree::load(&args.tree, &args.out)?;
    let mut opts = Options {
        level: args.level,
        xattrs: args.xattrs.into(),
        ..Options::default()
    };
    if let Some(threads) = args.threads {
        opts.threads = threads as usize;
    }
    let bar = progress::bytes(tree.file_bytes(), "initramfs");
    let summary = initramfs::write(&tree, &args.out, &opts, &mut |n| bar.inc(n))
        .with_context(|| format!("writing {}", args.out.display()))?;
    bar.finish_and_clear();
    for warning in &summary.warnings {
        eprintln!("warning: {warning}");
    }
    println!(
        "{}: {} entries, {} bytes of file data, {} bytes compressed, {:.2} s",
        args.out.display(),
        summary.entries,
        summary.data_bytes,
        summary.gz_bytes,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}
