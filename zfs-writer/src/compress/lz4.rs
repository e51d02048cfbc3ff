//! The ZFS lz4 block: a big-endian 32-bit compressed length, then a raw LZ4 block.
//! OpenZFS module/zfs/lz4_zfs.c (`lz4_compress_zfs`, `lz4_decompress_zfs`).

/// Compresses `src`; `None` when the result (with its header) would exceed `budget` bytes.
pub fn compress(src: &[u8], budget: usize) -> Option<Vec<u8>> {
    let bound = lz4_flex::block::get_maximum_output_size(src.len());
    let mut out = vec![0u8; 4 + bound];
    let n = lz4_flex::block::compress_into(src, &mut out[4..]).expect("the buffer holds the bound");
    if 4 + n > budget {
        return None;
    }
    out[..4].copy_from_slice(&(n as u32).to_be_bytes());
    out.truncate(4 + n);
    Some(out)
}

/// Decompresses a ZFS lz4 block into `lsize` bytes (for tests and read-back checks).
pub fn decompress(stored: &[u8], lsize: usize) -> Option<Vec<u8>> {
    let n = u32::from_be_bytes(stored.get(..4)?.try_into().ok()?) as usize;
    let body = stored.get(4..4 + n)?;
    let mut out = vec![0u8; lsize];
    let got = lz4_flex::block::decompress_into(body, &mut out).ok()?;
    (got == lsize).then_some(out)
}
