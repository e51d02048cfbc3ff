//! gzip member header and trailer (RFC 1952 §2.3).

/// Header with no name, no mtime (0) and OS = 3 (Unix): the same bytes on every run.
pub(super) const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];

/// CRC-32 of the uncompressed data, then its length modulo 2^32, both little-endian.
pub(super) fn trailer(crc: u32, len: u64) -> [u8; 8] {
    let mut out = [0u8; 8];
    out[..4].copy_from_slice(&crc.to_le_bytes());
    out[4..].copy_from_slice(&(len as u32).to_le_bytes());
    out
}
