//! The datasets' object sets, written before the MOS: the pool's own root dataset (an empty
//! ZPL file system with `mountpoint=none`, `compression` set for all to inherit) and each
//! dataset of the options, each with the space its blocks took (the accounting objects'
//! blocks included, when the preset keeps user and project accounting), its data blocks
//! compressed as its own or inherited `compression` says.
use anvil_tree::{Options as TreeOptions, Tree};

use super::compression::compressions;
use super::options::{PoolOptions, PropValue};
use super::xattr_props::xattr_props;
use crate::dmu::BlockWriter;
use crate::dsl::DatasetInput;
use crate::error::Result;
use crate::fs::{FsOptions, write_fs};
use crate::seed;
use crate::vdev::{Alloc, Sink};

/// Writes every dataset's object set; the root dataset (name "") comes first.
pub fn write_datasets(
    sink: &Sink,
    alloc: &mut Alloc,
    opts: &PoolOptions,
    txg: u64,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<DatasetInput>> {
    let compressions = compressions(opts)?;
    let root_props = root_props(opts);
    let empty = empty_tree(opts.time);
    let all = [("", &empty, &root_props, &[][..])].into_iter();
    let children = opts
        .datasets
        .iter()
        .map(|d| (d.name.as_str(), &d.tree, &d.props, &d.snapshots[..]));
    let mut out = Vec::new();
    for (name, tree, props, snapshots) in all.chain(children) {
        let (compression, local) = compressions[name];
        let metadata = opts.metadata_compression();
        let w = BlockWriter::new(sink, alloc, txg, compression, metadata);
        let mut w = w.with_embedded_data(opts.compatibility.enables("embedded_data"));
        let purpose = format!("zap salt {name}");
        let salt = |id| seed::draw(opts.seed.unwrap_or(seed::DEFAULT_SEED), &purpose, id);
        let mut props = props.clone();
        let policy = xattr_props(tree, &mut props)?;
        let fs = FsOptions {
            policy,
            salt: &salt,
            txg,
            threads: opts.threads,
            accounting: opts.compatibility.accounts_users(),
        };
        let objset = write_fs(&mut w, tree, &fs, progress)?.bp;
        let (name, usage) = (name.to_owned(), w.stats);
        let zstd = w.zstd_born || local && compression.uses_zstd();
        out.push(DatasetInput {
            name,
            objset,
            usage,
            props,
            zstd,
            snapshots: snapshots.to_vec(),
        });
    }
    Ok(out)
}

/// The pool's root dataset's properties: the pool's compression for all to inherit, and no
/// mountpoint.
fn root_props(opts: &PoolOptions) -> Vec<(String, PropValue)> {
    let compression = opts.compression.prop_value();
    vec![
        ("compression".to_owned(), PropValue::Number(compression)),
        ("mountpoint".to_owned(), PropValue::Text("none".to_owned())),
    ]
}

/// The root dataset's file system: an empty root directory (0755, 0:0) stamped `time`.
fn empty_tree(time: u64) -> Tree {
    let opts = TreeOptions {
        source_date_epoch: Some(time as i64),
        ..TreeOptions::default()
    };
    anvil_tree::load(&opts).expect("an empty tree reads no file")
}
