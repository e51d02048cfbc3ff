//! Integers at byte offsets: little-endian for on-disk fields (our blocks and the reference
//! pool are both little-endian), big-endian for integers inside leaf arrays.

/// `u16` little-endian at `off`.
pub fn le16(b: &[u8], off: usize) -> u16 {
    u16::from_le_bytes(b[off..off + 2].try_into().unwrap())
}

/// `u32` little-endian at `off`.
pub fn le32(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes(b[off..off + 4].try_into().unwrap())
}

/// `u64` little-endian at `off`.
pub fn le64(b: &[u8], off: usize) -> u64 {
    u64::from_le_bytes(b[off..off + 8].try_into().unwrap())
}

/// Big-endian integers of `intlen` bytes back to back, as `zap_leaf_array_read` reads them.
pub fn be_ints(bytes: &[u8], intlen: u8) -> Vec<u64> {
    assert!(matches!(intlen, 1 | 2 | 4 | 8), "integer length {intlen}");
    let chunks = bytes.chunks_exact(intlen.into());
    assert!(chunks.remainder().is_empty());
    chunks
        .map(|c| c.iter().fold(0, |v, &b| v << 8 | u64::from(b)))
        .collect()
}
