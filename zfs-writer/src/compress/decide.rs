//! One logical block → what is stored: a hole, the raw bytes, lz4 or zstd bytes padded to the
//! allocation unit, or (with the embedded-data feature) compressed bytes small enough to live
//! in the block pointer. OpenZFS module/zfs/zio.c `zio_write_compress`,
//! `zio_get_compression_max_size`.
use super::{Compression, lz4, zstd};
use crate::phys::{BPE_PAYLOAD_SIZE, CompressType};

/// How a block is stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// All zeros: no block at all.
    Hole,
    /// Uncompressed.
    Raw,
    /// LZ4, zero-padded to a whole number of allocation units smaller than lsize.
    Lz4(Vec<u8>),
    /// zstd, zero-padded likewise.
    Zstd(Vec<u8>),
    /// At most `BPE_PAYLOAD_SIZE` compressed bytes, unpadded, for an embedded block pointer.
    Embedded(CompressType, Vec<u8>),
}

/// Decides for `data` (one logical block) with `compression`, allocation unit `1 << ashift`,
/// and `embed` when the block may be embedded in its pointer (the feature is on and the block
/// is eligible: level 0, not dnodes or an object set).
pub fn decide(data: &[u8], compression: Compression, ashift: u32, embed: bool) -> Stored {
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
        // The budget is then BPE_PAYLOAD_SIZE: only an embedded pointer can save space.
        return match embed.then(|| compress(data, BPE_PAYLOAD_SIZE, compression)) {
            Some((algo, Some(bytes))) => Stored::Embedded(algo, bytes),
            _ => Stored::Raw,
        };
    }
    match compress(data, budget, compression) {
        (algo, Some(bytes)) if embed && bytes.len() <= BPE_PAYLOAD_SIZE => {
            Stored::Embedded(algo, bytes)
        }
        (algo, Some(mut bytes)) => {
            bytes.resize(bytes.len().next_multiple_of(unit), 0);
            match algo {
                _ if bytes.len() >= data.len() => Stored::Raw,
                CompressType::Zstd => Stored::Zstd(bytes),
                _ => Stored::Lz4(bytes),
            }
        }
        (_, None) => Stored::Raw,
    }
}

/// `data` compressed into at most `budget` bytes (`None` if it does not fit), and how.
fn compress(data: &[u8], budget: usize, c: Compression) -> (CompressType, Option<Vec<u8>>) {
    match c {
        Compression::Zstd(level) => (CompressType::Zstd, zstd::compress(data, budget, level)),
        _ => (CompressType::Lz4, lz4::compress(data, budget)),
    }
}

#[cfg(test)]
mod tests;
