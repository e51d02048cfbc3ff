//! Loads `--root` (a directory or a tar archive) and reports how long indexing took: for
//! measuring the archive reader (`/usr/bin/time -v` adds the peak RSS).
//!
//! `cargo run --release -p anvil-tree --example index -- ROOT [SPOOL_DIR]`
use std::time::Instant;

use anvil_tree::{Options, load};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1);
    let root = args.next().ok_or("usage: index ROOT [SPOOL_DIR]")?;
    let opts = Options {
        root: Some(root.into()),
        spool_dir: args.next().map(Into::into),
        ..Options::default()
    };
    let start = Instant::now();
    let tree = load(&opts)?;
    let secs = start.elapsed().as_secs_f64();
    let (entries, bytes) = (tree.entries().len(), tree.file_bytes());
    let mib = bytes as f64 / f64::from(1 << 20);
    println!("{entries} entries, {mib:.0} MiB of file data, indexed in {secs:.2} s");
    Ok(())
}
