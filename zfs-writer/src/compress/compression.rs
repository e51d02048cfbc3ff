//! The `compression` property: the names `zfs set` takes, the number the props ZAP stores,
//! and what a dataset's data blocks are written with. OpenZFS module/zcommon/zfs_prop.c
//! (`compress_table`), include/sys/zio.h (`ZIO_COMPRESS_RAW`, `ZIO_COMPLEVEL_ZSTD`),
//! include/sys/zio_compress.h (`enum zio_compress`), include/sys/spa.h (`SPA_COMPRESSBITS`).
use std::fmt;
use std::str::FromStr;

use super::ZstdLevel;

/// `ZIO_COMPRESS_ON`, `ZIO_COMPRESS_OFF`, `ZIO_COMPRESS_LZ4`, `ZIO_COMPRESS_ZSTD`.
const ON: u64 = 1;
const OFF: u64 = 2;
const LZ4: u64 = 15;
const ZSTD: u64 = 16;
/// `SPA_COMPRESSBITS`: a property value is the function in the low 7 bits, the level above.
const LEVEL_SHIFT: u32 = 7;

/// What a `compression` property asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// `on`: lz4, since the pool's `lz4_compress` feature is active (zio_compress.c
    /// `zio_compress_select`).
    On,
    /// `off`: data blocks stored as they are (metadata is still lz4, as OpenZFS does).
    Off,
    /// `lz4`.
    Lz4,
    /// `zstd`, `zstd-N`, `zstd-fast-N`.
    Zstd(ZstdLevel),
}

/// The names we take, for error messages.
pub const NAMES: &str = "on, off, lz4, zstd, zstd-1 … zstd-19, zstd-fast, zstd-fast-1 … \
                         zstd-fast-10, zstd-fast-20 … zstd-fast-100 (by 10), zstd-fast-500, \
                         zstd-fast-1000";

impl Compression {
    /// The number the props ZAP stores (`ZIO_COMPRESS_RAW(function, level)`).
    pub fn prop_value(self) -> u64 {
        match self {
            Compression::On => ON,
            Compression::Off => OFF,
            Compression::Lz4 => LZ4,
            Compression::Zstd(level) => ZSTD | u64::from(level.zio()) << LEVEL_SHIFT,
        }
    }

    /// The compression a stored property value stands for; `None` for the functions this
    /// writer does not write (gzip, lzjb, zle…) and for unknown values.
    pub fn from_prop_value(v: u64) -> Option<Compression> {
        let level = u8::try_from(v >> LEVEL_SHIFT).ok()?;
        match (v & ((1 << LEVEL_SHIFT) - 1), level) {
            (ON, 0) => Some(Compression::On),
            (OFF, 0) => Some(Compression::Off),
            (LZ4, 0) => Some(Compression::Lz4),
            (ZSTD, level) => ZstdLevel::from_zio(level).map(Compression::Zstd),
            _ => None,
        }
    }

    /// Whether data blocks are zstd: the dataset then has the `org.freebsd:zstd_compress`
    /// feature active (dsl_dataset.c `dsl_dataset_set_compression_sync`).
    pub fn uses_zstd(self) -> bool {
        matches!(self, Compression::Zstd(_))
    }
}

impl FromStr for Compression {
    type Err = String;

    fn from_str(s: &str) -> Result<Compression, String> {
        match s {
            "on" => Ok(Compression::On),
            "off" => Ok(Compression::Off),
            "lz4" => Ok(Compression::Lz4),
            _ if s.starts_with("zstd") => ZstdLevel::parse(s).map(Compression::Zstd),
            _ if s.starts_with("gzip") || ["lzjb", "zle"].contains(&s) => Err(format!(
                "{s:?} is an OpenZFS compression this writer does not write; use one of {NAMES}"
            )),
            _ => Err(format!("{s:?} is not one of {NAMES}")),
        }
    }
}

impl fmt::Display for Compression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Compression::On => f.write_str("on"),
            Compression::Off => f.write_str("off"),
            Compression::Lz4 => f.write_str("lz4"),
            Compression::Zstd(level) => f.write_str(&level.name()),
        }
    }
}
