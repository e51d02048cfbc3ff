//! Embedded checksums: a `zio_eck_t` at the end of a region checksums the region itself.
//! OpenZFS include/sys/zio.h (`zio_eck_t`), module/zfs/zio_checksum.c (`zio_checksum_compute`,
//! `zio_checksum_label_verifier`): magic, then SHA-256 of the region with the verifier
//! `(offset, 0, 0, 0)` in the checksum field, then the digest stored over the verifier.
use super::sha256_words;

/// `ZEC_MAGIC`: marks a `zio_eck_t`.
pub const ZEC_MAGIC: u64 = 0x0210_da7a_b10c_7a11;

/// Bytes of a `zio_eck_t`: magic and four checksum words.
const ECK_SIZE: usize = 40;

/// Seals `region` (a label's boot envelope or nvlist area, or one uberblock slot) that lives
/// at byte `offset` of the leaf vdev: its last 40 bytes become the embedded checksum.
pub fn seal_label(region: &mut [u8], offset: u64) {
    let eck = region.len() - ECK_SIZE;
    region[eck..eck + 8].copy_from_slice(&ZEC_MAGIC.to_le_bytes());
    region[eck + 8..eck + 16].copy_from_slice(&offset.to_le_bytes());
    region[eck + 16..].fill(0);
    let words = sha256_words(region);
    for (i, w) in words.iter().enumerate() {
        region[eck + 8 + i * 8..eck + 16 + i * 8].copy_from_slice(&w.to_le_bytes());
    }
}
