//! Loads the input tree the way every command does, and reports what the load skipped.
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anvil_tree::{Options, Tree};
use anyhow::{Context, Result};

use crate::cli::TreeArgs;

/// Loads the tree of `args`, clamping times to `SOURCE_DATE_EPOCH` when it is set. A
/// compressed archive is spooled beside `out` (see [`spool_dir`]).
pub fn load(args: &TreeArgs, out: &Path) -> Result<Tree> {
    let opts = Options {
        root: Some(args.root.clone()),
        spool_dir: Some(spool_dir(out)),
        spec: args.spec.clone(),
        all_root: args.all_root,
        source_date_epoch: source_date_epoch()?,
        ..Default::default()
    };
    let tree = anvil_tree::load(&opts).context("loading the input tree")?;
    for warning in tree.warnings() {
        eprintln!("warning: {warning}");
    }
    Ok(tree)
}

/// Where a compressed archive's decompressed stream is spooled while `out` is written: the
/// output's own directory (which must hold the image anyway; `/tmp` is often RAM). The spool
/// is an unnamed file: nothing is left behind, even when the run is killed.
pub fn spool_dir(out: &Path) -> PathBuf {
    match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// A new image's creation time: `SOURCE_DATE_EPOCH`, else now.
pub fn creation_time(epoch: Option<i64>) -> u64 {
    let now = SystemTime::now().duration_since(UNIX_EPOCH);
    epoch.map_or_else(|| now.map_or(0, |d| d.as_secs()), |e| e as u64)
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): whole seconds since 1970.
pub fn source_date_epoch() -> Result<Option<i64>> {
    let Ok(text) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let secs = text
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|s| *s >= 0)
        .with_context(|| format!("SOURCE_DATE_EPOCH={text:?} is not a whole number of seconds"))?;
    Ok(Some(secs))
}
