//! A block's physical bytes to its logical bytes (zio_compress.c): `off` (psize = lsize) and
//! lz4 (4-byte big-endian length + raw LZ4, lz4_zfs.c); other functions are unsupported.
use std::fmt::Display;

use zfs_writer::compress::lz4_decompress;

use super::Bp;
use crate::error::{Result, corrupt, unsupported};

/// `ZIO_COMPRESS_OFF`, `ZIO_COMPRESS_LZ4`.
const COMPRESS_OFF: u64 = 2;
const COMPRESS_LZ4: u64 = 15;

/// The logical bytes of `bp`'s block from its `physical` bytes.
pub(super) fn decompress(bp: &Bp, physical: Vec<u8>, at: &dyn Display) -> Result<Vec<u8>> {
    let lsize = bp.lsize() as usize;
    match bp.compress() {
        COMPRESS_OFF if physical.len() == lsize => Ok(physical),
        COMPRESS_OFF => Err(corrupt(at, "uncompressed block with psize != lsize")),
        COMPRESS_LZ4 => lz4_decompress(&physical, lsize)
            .ok_or_else(|| corrupt(at, format!("lz4 data does not decode to {lsize} bytes"))),
        c => Err(unsupported(at, format!("compression {c}"))),
    }
}
