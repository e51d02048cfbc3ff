//! `zpool create -o compatibility=NAME`: the feature sets of OpenZFS's compatibility.d files
//! (`data/compatibility.tsv`), plus `off` (every feature, zpool create's default) and
//! `legacy` (lz4 only: the pool Anvil wrote before presets; OpenZFS's own `legacy` means no
//! features at all, so no property is written for it).
//! OpenZFS cmd/zpool/zpool_main.c `zpool_do_create`, lib/libzfs/libzfs_pool.c
//! `zpool_load_compat`.
use super::table::{Feature, feature, features};

/// The generated presets: name, features.
const PRESETS: &str = include_str!("../../data/compatibility.tsv");

/// The preset Anvil uses unless told otherwise: read-write on OpenZFS 2.1 to 2.3.
pub const DEFAULT_COMPATIBILITY: &str = "openzfs-2.1-linux";

/// A feature set and the `compatibility` pool property that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compatibility {
    /// The name given (`openzfs-2.1-linux`, `grub2`, `legacy`, `off`…).
    pub name: String,
    /// The features listed (dependencies are enabled with them), in table order.
    pub features: Vec<&'static Feature>,
}

impl Compatibility {
    /// The preset `name`, or an error listing every known name.
    pub fn named(name: &str) -> Result<Compatibility, String> {
        let features: Vec<&'static Feature> = match name {
            "off" => features().iter().collect(),
            "legacy" => vec![feature("lz4_compress")],
            _ => {
                let line = presets().find_map(|(n, list)| (n == name).then_some(list));
                let Some(line) = line else {
                    return Err(format!(
                        "unknown compatibility {name:?}: use one of {}",
                        Compatibility::names().join(", ")
                    ));
                };
                let listed: Vec<&str> = line.split(',').collect();
                let known = features().iter().filter(|f| listed.contains(&f.name));
                known.collect()
            }
        };
        let name = name.to_owned();
        Ok(Compatibility { name, features })
    }

    /// Every preset name: `legacy`, `off`, then OpenZFS's files.
    pub fn names() -> Vec<&'static str> {
        let files = presets().map(|(name, _)| name);
        ["legacy", "off"].into_iter().chain(files).collect()
    }

    /// The value of the pool's `compatibility` property, when one is written: `zpool create
    /// -o compatibility=NAME` stores NAME; `off` is the default and `legacy` is Anvil's own.
    pub fn property(&self) -> Option<&str> {
        (self.name != "off" && !self.is_legacy()).then_some(self.name.as_str())
    }

    /// Anvil's `legacy`: lz4 alone and nothing a feature pool adds (per-vdev ZAPs, checksum
    /// salt, the `ashift` property), byte for byte the pool written before presets.
    pub fn is_legacy(&self) -> bool {
        self.name == "legacy"
    }
}

impl Default for Compatibility {
    fn default() -> Compatibility {
        Compatibility::named(DEFAULT_COMPATIBILITY).expect("the default preset exists")
    }
}

/// The generated presets as (name, comma-separated features), comment lines skipped.
fn presets() -> impl Iterator<Item = (&'static str, &'static str)> {
    let lines = PRESETS.lines().filter(|l| !l.starts_with('#'));
    lines.filter_map(|l| l.split_once('\t'))
}
