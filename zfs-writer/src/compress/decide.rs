//! One logical block → what is stored: a hole, the raw bytes, or lz4 or zstd bytes padded to
//! the allocation unit. OpenZFS module/zfs/zio.c `zio_write_compress`,
//! `zio_get_compression_max_size` (no embedded-data feature: a tiny result is not inlined).
use super::{Compression, lz4, zstd};

/// How a block is stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// All zero: no block at all (a hole), when compression is on.
    Hole,
    /// Uncompressed: psize = lsize.
    Raw,
    /// LZ4, zero-padded to a whole number of allocation units smaller than lsize.
    Lz4(Vec<u8>),
    /// zstd, zero-padded likewise.
    Zstd(Vec<u8>),
}

/// Decides for `data` (one logical block) with `compression`, allocation unit `1 << ashift`.
pub fn decide(data: &[u8], compression: Compression, ashift: u32) -> Stored {
    if compression == Compression::Off {
        return Stored::Raw;
    }
    if data.iter().all(|&b| b == 0) {
        return Stored::Hole;
    }
    let unit = 1usize << ashift;
    let saved = data.len() - data.len() / 8;
    let budget = saved - saved % unit;
    if budget < unit {
        return Stored::Raw;
    }
    let (compressed, wrap): (_, fn(Vec<u8>) -> Stored) = match compression {
        Compression::Zstd(level) => (zstd::compress(data, budget, level), Stored::Zstd),
        _ => (lz4::compress(data, budget), Stored::Lz4),
    };
    match compressed {
        Some(mut bytes) => {
            bytes.resize(bytes.len().next_multiple_of(unit), 0);
            if bytes.len() >= data.len() {
                Stored::Raw
            } else {
                wrap(bytes)
            }
        }
        None => Stored::Raw,
    }
}

#[cfg(test)]
mod tests;
