//! `anvil-assemble pool`: a tree as a ZFS pool image, written as an ordinary user.
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use zfs_writer::pool::{DatasetOptions, PoolOptions, PropValue, VdevType, write_pool};

use crate::cli::{Compression, PoolArgs, VdevTypeArg};
use crate::progress;

/// Loads the tree, writes the pool, prints what was written.
pub fn run(args: &PoolArgs) -> Result<()> {
    let start = Instant::now();
    let tree = super::tree::load(&args.tree)?;
    let bar = progress::bytes(tree.file_bytes(), "pool");
    let opts = options(args, tree)?;
    let summary = write_pool(&args.out, &opts, &|n| bar.inc(n))
        .with_context(|| format!("writing {}", args.out.display()))?;
    bar.finish_and_clear();
    println!(
        "{}: pool {} with {}/{}: {} objects, {} bytes allocated of {}, {:.2} s",
        args.out.display(),
        args.pool,
        args.pool,
        args.dataset,
        summary.objects,
        summary.allocated,
        summary.size,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The library's options from the command line; the creation time is `SOURCE_DATE_EPOCH`
/// when set, else now.
fn options(args: &PoolArgs, tree: anvil_tree::Tree) -> Result<PoolOptions> {
    let epoch = super::tree::source_date_epoch()?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let threads = args.threads.map_or_else(default_threads, |t| t as usize);
    let props = vec![("mountpoint".to_owned(), PropValue::Text("/".to_owned()))];
    Ok(PoolOptions {
        name: args.pool.clone(),
        size: args.size,
        ashift: args.ashift,
        compression: args.compression == Compression::Lz4,
        vdev_type: if args.vdev_type == VdevTypeArg::File {
            VdevType::File
        } else {
            VdevType::Disk
        },
        seed: args.seed,
        time: epoch.map_or(now, |e| e as u64),
        threads,
        datasets: vec![DatasetOptions {
            name: args.dataset.clone(),
            tree,
            props,
        }],
    })
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
