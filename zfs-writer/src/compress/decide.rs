//! One logical block → what is stored: a hole, the raw bytes, lz4 bytes padded to the
//! allocation unit, or (with the embedded-data feature) lz4 bytes small enough to live in the
//! block pointer. OpenZFS module/zfs/zio.c `zio_write_compress`,
//! `zio_get_compression_max_size`.
use super::lz4;
use crate::phys::BPE_PAYLOAD_SIZE;

/// How a block is stored.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// All zero: no block at all (a hole), when compression is on.
    Hole,
    /// Uncompressed: psize = lsize.
    Raw,
    /// LZ4, zero-padded to a whole number of allocation units smaller than lsize.
    Lz4(Vec<u8>),
    /// LZ4 of at most `BPE_PAYLOAD_SIZE` bytes, unpadded, for an embedded block pointer.
    Embedded(Vec<u8>),
}

/// Decides for `data` (one logical block) with compression `on`, allocation unit
/// `1 << ashift`, and `embed` when the block may be embedded in its pointer (the feature is
/// on and the block is eligible: level 0, not dnodes or an object set).
pub fn decide(data: &[u8], on: bool, ashift: u32, embed: bool) -> Stored {
    if !on {
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
        return if embed { embedded(data) } else { Stored::Raw };
    }
    match lz4::compress(data, budget) {
        Some(bytes) if embed && bytes.len() <= BPE_PAYLOAD_SIZE => Stored::Embedded(bytes),
        Some(mut bytes) => {
            bytes.resize(bytes.len().next_multiple_of(unit), 0);
            if bytes.len() >= data.len() {
                Stored::Raw
            } else {
                Stored::Lz4(bytes)
            }
        }
        None => Stored::Raw,
    }
}

/// A block too small to save an allocation unit: embedded if lz4 fits the pointer, else raw.
fn embedded(data: &[u8]) -> Stored {
    match lz4::compress(data, BPE_PAYLOAD_SIZE) {
        Some(bytes) => Stored::Embedded(bytes),
        None => Stored::Raw,
    }
}

#[cfg(test)]
mod tests;
