//! The order of work: options from the flags over the manifest, then the pool.
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, anyhow};
use zfs_writer::pool::{PoolOptions, dataset_name, pool_name, write_pool};

use crate::cli::PoolArgs;
use crate::manifest::{Manifest, PoolSection};
use crate::progress;

/// Loads the trees, writes the pool, prints what was written.
pub fn run(args: &PoolArgs) -> Result<()> {
    let start = Instant::now();
    let manifest = args.manifest.as_deref().map(Manifest::read).transpose()?;
    let t = &args.tree;
    let mut inputs: Vec<_> = [&t.root, &t.spec].into_iter().flatten().cloned().collect();
    inputs.extend(manifest.iter().flat_map(Manifest::inputs));
    let inputs: Vec<_> = inputs.iter().map(PathBuf::as_path).collect();
    crate::cmd::output::claim(&args.out, &inputs)?;
    let opts = options(args, manifest.as_ref())?;
    let total = opts.datasets.iter().map(|d| d.tree.file_bytes()).sum();
    let bar = progress::bytes(total, "pool");
    let summary = write_pool(&args.out, &opts, &|n| bar.inc(n))
        .with_context(|| format!("writing {}", args.out.display()))?;
    bar.finish_and_clear();
    let (pool, sets) = (&opts.name, &opts.datasets);
    let names: Vec<String> = sets.iter().map(|d| format!("{pool}/{}", d.name)).collect();
    let names = if names.is_empty() {
        "no dataset".to_owned()
    } else {
        names.join(", ")
    };
    println!(
        "{}: pool {} with {}: {} objects, {} bytes allocated of {}, {:.2} s",
        args.out.display(),
        pool,
        names,
        summary.objects,
        summary.allocated,
        summary.size,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The library's options: each setting from the command line when given, else from the
/// manifest's `[pool]`, else the writer's default. The creation time is `SOURCE_DATE_EPOCH`
/// when set, else now.
fn options(args: &PoolArgs, manifest: Option<&Manifest>) -> Result<PoolOptions> {
    let epoch = crate::cmd::tree::source_date_epoch()?;
    let flags = PoolSection {
        name: args.pool.clone(),
        size: args.size,
        ashift: args.ashift,
        compression: args.compression,
        vdev_type: args.vdev_type,
        seed: args.seed,
        compatibility: args.compatibility.clone(),
    };
    let none = PoolSection::default();
    let section = flags.or(manifest.map_or(&none, |m| &m.pool));
    let mut opts = section.options(crate::cmd::tree::creation_time(epoch));
    if let Some(threads) = args.threads {
        opts.threads = threads as usize;
    }
    let name = &opts.name;
    let bad = |what, name: &str, why| anyhow!("{name:?} is not a valid {what} name: {why}");
    pool_name(name).map_err(|why| bad("pool", name, why))?;
    if manifest.is_none() {
        dataset_name(name, &args.dataset).map_err(|why| bad("dataset", &args.dataset, why))?;
    }
    opts.datasets = super::datasets::datasets(args, manifest, &opts.name, epoch)?;
    section.resolve_size(&mut opts, &args.out)?;
    Ok(opts)
}
