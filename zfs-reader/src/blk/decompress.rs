//! A block's physical bytes to its logical bytes (zio_compress.c): `off` (psize = lsize),
//! lz4 (4-byte big-endian length + raw LZ4, lz4_zfs.c) and zstd (8-byte header + magicless
//! frame, zfs_zstd.c, decoded by ruzstd); other functions are unsupported.
use std::fmt::Display;
use std::io::Read;

use zfs_writer::compress::lz4_decompress;

use super::Bp;
use crate::error::{Result, corrupt, unsupported};

/// `ZIO_COMPRESS_OFF`, `ZIO_COMPRESS_LZ4`, `ZIO_COMPRESS_ZSTD`.
const COMPRESS_OFF: u64 = 2;
const COMPRESS_LZ4: u64 = 15;
const COMPRESS_ZSTD: u64 = 16;
/// The zstd frame magic (RFC 8878 §3.1.1), which OpenZFS leaves out (`ZSTD_f_zstd1_magicless`).
const ZSTD_MAGIC: [u8; 4] = 0xFD2F_B528u32.to_le_bytes();

/// The logical bytes of `bp`'s block from its `physical` bytes.
pub(super) fn decompress(bp: &Bp, physical: Vec<u8>, at: &dyn Display) -> Result<Vec<u8>> {
    let lsize = bp.lsize() as usize;
    match bp.compress() {
        COMPRESS_OFF if physical.len() == lsize => Ok(physical),
        COMPRESS_OFF => Err(corrupt(at, "uncompressed block with psize != lsize")),
        COMPRESS_LZ4 => lz4_decompress(&physical, lsize)
            .ok_or_else(|| corrupt(at, format!("lz4 data does not decode to {lsize} bytes"))),
        COMPRESS_ZSTD => zstd_decompress(&physical, lsize)
            .ok_or_else(|| corrupt(at, format!("zstd data does not decode to {lsize} bytes"))),
        c => Err(unsupported(at, format!("compression {c}"))),
    }
}

/// A ZFS zstd block (include/sys/zstd/zstd.h `zfs_zstdhdr_t`): the frame's big-endian
/// length, a level-and-version word the decoder does not need, then the frame
/// (zfs_zstd.c `zfs_zstd_decompress_level_buf`).
fn zstd_decompress(stored: &[u8], lsize: usize) -> Option<Vec<u8>> {
    let c_len = u32::from_be_bytes(stored.get(..4)?.try_into().ok()?) as usize;
    let frame = stored.get(8..8usize.checked_add(c_len)?)?;
    let source = ZSTD_MAGIC.as_slice().chain(frame);
    let decoder = ruzstd::decoding::StreamingDecoder::new(source).ok()?;
    let mut out = Vec::with_capacity(lsize);
    decoder.take(lsize as u64 + 1).read_to_end(&mut out).ok()?;
    (out.len() == lsize).then_some(out)
}
