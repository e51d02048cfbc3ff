//! Each dataset's `compression`: its own, else its nearest ancestor's, else the pool's, which
//! is set on the root dataset as `zpool create -O compression=…` sets it. OpenZFS
//! module/zfs/dsl_prop.c (`dsl_prop_get_dd`: a property a dataset does not set is looked up
//! in each parent in turn). zstd needs `zstd_compress` enabled (zfs_prop.c refuses it
//! otherwise).
use std::collections::BTreeMap;

use super::{PoolOptions, PropValue};
use crate::compress::{Compression, NAMES};
use crate::error::{Error, Result};

/// A dataset's compression, and whether it sets it itself (not inherited).
pub(super) type Resolved = (Compression, bool);

/// Every dataset's compression by name ("" for the pool's root dataset). Parents come
/// before their children (`check_names`).
pub(super) fn compressions(opts: &PoolOptions) -> Result<BTreeMap<&str, Resolved>> {
    let mut out = BTreeMap::from([("", (opts.compression, true))]);
    for d in &opts.datasets {
        let resolved = match local(&d.name, &d.props)? {
            Some(own) => (own, true),
            None => (inherited(&out, &d.name), false),
        };
        out.insert(d.name.as_str(), resolved);
    }
    let zstd = out.iter().find(|(_, (c, _))| c.uses_zstd());
    match zstd {
        Some((name, _)) if !opts.compatibility.enables("zstd_compress") => Err(Error::Property {
            dataset: (*name).to_owned(),
            name: "compression".to_owned(),
            why: format!(
                "zstd needs the feature zstd_compress, which compatibility {:?} does not enable",
                opts.compatibility.name
            ),
        }),
        _ => Ok(out),
    }
}

/// The `compression` a dataset sets, checked: one this writer writes, stored as a number.
fn local(dataset: &str, props: &[(String, PropValue)]) -> Result<Option<Compression>> {
    let bad = |why: String| Error::Property {
        dataset: dataset.to_owned(),
        name: "compression".to_owned(),
        why,
    };
    let value = props.iter().find(|(n, _)| n == "compression");
    match value.map(|(_, v)| v) {
        None => Ok(None),
        Some(PropValue::Number(v)) => Compression::from_prop_value(*v)
            .map(Some)
            .ok_or_else(|| bad(format!("value {v} is not one of {NAMES}"))),
        Some(PropValue::Text(t)) => Err(bad(format!("{t:?} must be stored as its number"))),
    }
}

/// The compression of the nearest ancestor of `name` already resolved.
fn inherited(done: &BTreeMap<&str, Resolved>, name: &str) -> Compression {
    let mut at = name;
    loop {
        at = at.rsplit_once('/').map_or("", |(parent, _)| parent);
        if let Some((c, _)) = done.get(at) {
            return *c;
        }
    }
}
