//! The datasets of `pool`: a manifest's, or one holding `--root` below its parents.
use anyhow::{Context, Result};
use zfs_writer::pool::{DatasetOptions, PropValue};

use crate::cli::PoolArgs;
use crate::manifest::Manifest;

/// The manifest's datasets, or one dataset (mountpoint /) holding `--root`, after its
/// parents (empty, as `zfs create -p` makes them).
pub(super) fn datasets(
    args: &PoolArgs,
    m: Option<&Manifest>,
    pool: &str,
    epoch: Option<i64>,
) -> Result<Vec<DatasetOptions>> {
    if let Some(m) = m {
        let datasets = m.datasets(pool, epoch, &crate::cmd::tree::spool_dir(&args.out))?;
        for d in &datasets {
            d.tree
                .warnings()
                .iter()
                .for_each(|w| eprintln!("warning: {}: {w}", d.name));
        }
        return Ok(datasets);
    }
    let tree_args = args
        .tree
        .tree_args()
        .context("--root or --manifest is required")?;
    let tree = crate::cmd::tree::load(&tree_args, &args.out)?;
    let props = vec![("mountpoint".to_owned(), PropValue::Text("/".to_owned()))];
    let name = args.dataset.clone();
    let mut sets = parents(&name, epoch)?;
    let snapshots = args.snapshots.clone();
    sets.push(DatasetOptions {
        name,
        tree,
        props,
        snapshots,
    });
    Ok(sets)
}

/// The empty datasets above `name` (`a` and `a/b` for `a/b/c`).
fn parents(name: &str, epoch: Option<i64>) -> Result<Vec<DatasetOptions>> {
    let ends = name.match_indices('/').map(|(i, _)| i);
    ends.map(|end| {
        let empty = anvil_tree::Options {
            source_date_epoch: epoch,
            ..Default::default()
        };
        let tree = anvil_tree::load(&empty)?;
        let (name, props) = (name[..end].to_owned(), Vec::new());
        let snapshots = Vec::new();
        Ok(DatasetOptions {
            name,
            tree,
            props,
            snapshots,
        })
    })
    .collect()
}
