//! The manifest's TOML as serde structs: `[pool]` and `[[dataset]]`. Unknown keys are refused, and `size` and `ashift` are
//! checked while parsing so that their errors carry the line.
use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use toml::{Spanned, Value};
use zfs_writer::feature::Compatibility;

use crate::cli::{Compression, Size, VdevTypeArg, parse_size_or_auto};

/// The whole file: `[pool]` and the `[[dataset]]` array, both optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ManifestFile {
    #[serde(default)]
    pub pool: PoolSection,
    #[serde(default)]
    pub dataset: Vec<DatasetSection>,
}

/// `[pool]`: each key is optional; a flag given on the command line overrides it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoolSection {
    pub name: Option<String>,
    /// `"500M"`, a byte count or `"auto"`.
    #[serde(default, deserialize_with = "size")]
    pub size: Option<Size>,
    #[serde(default, deserialize_with = "ashift")]
    pub ashift: Option<u32>,
    #[serde(default, deserialize_with = "compression")]
    pub compression: Option<Compression>,
    pub vdev_type: Option<VdevTypeArg>,
    pub seed: Option<u64>,
    /// A feature preset: `openzfs-2.1-linux`, `grub2`, `legacy`…
    #[serde(default, deserialize_with = "compatibility")]
    pub compatibility: Option<Compatibility>,
}

/// `[[dataset]]`: a dataset below the pool, where its tree comes from, its properties.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetSection {
    /// Below the pool: `ROOT`, `ROOT/home`.
    pub name: Spanned<String>,
    /// The tree: a directory or a tar archive; none gives an empty file system.
    pub root: Option<PathBuf>,
    pub spec: Option<PathBuf>,
    #[serde(default)]
    pub all_root: bool,
    /// Snapshots taken once it is written, oldest first (checked by the writer).
    #[serde(default)]
    pub snapshots: Vec<String>,
    /// Checked later (`props`), where the dataset's name is known.
    #[serde(default)]
    pub properties: BTreeMap<String, Spanned<Value>>,
}

/// `size = "500M"`, `size = 524288000` or `size = "auto"`.
fn size<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Size>, D::Error> {
    match Value::deserialize(d)? {
        Value::Integer(n) => u64::try_from(n)
            .map(|n| Some(Size::Bytes(n)))
            .map_err(|_| D::Error::custom(format!("size {n} is negative"))),
        Value::String(s) => parse_size_or_auto(&s).map(Some).map_err(D::Error::custom),
        other => Err(D::Error::custom(format!(
            "size {other} is not bytes or a size such as \"500M\""
        ))),
    }
}

/// `compatibility`: a preset name, as `--compatibility` takes.
fn compatibility<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Compatibility>, D::Error> {
    let name = String::deserialize(d)?;
    Compatibility::named(&name)
        .map(Some)
        .map_err(D::Error::custom)
}

/// `ashift`: 9 (512 B) to 16 (64 KiB), as `--ashift` takes.
fn ashift<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let n = u32::deserialize(d)?;
    match (9..=16).contains(&n) {
        true => Ok(Some(n)),
        false => Err(D::Error::custom(format!("ashift {n} is outside 9–16"))),
    }
}

/// `compression = "zstd-19"`: a name `zfs set compression=` takes that the writer writes.
fn compression<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Compression>, D::Error> {
    let name = String::deserialize(d)?;
    name.parse().map(Some).map_err(D::Error::custom)
}
