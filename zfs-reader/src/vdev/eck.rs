//! `zio_eck_t` at the end of a label region or uberblock slot (zio_checksum.c
//! `zio_checksum_label_verifier`): SHA-256 of the region with its offset as verifier.
use zfs_writer::checksum::{ZEC_MAGIC, sha256_words};

/// Bytes of `zio_eck_t`.
const ECK_SIZE: usize = 40;

/// How a region's embedded checksum compares.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Eck {
    Good,
    /// No `ZEC_MAGIC`: never written (or not this format).
    NoMagic,
    Bad,
}

/// Checks `region`, which sits at byte `offset` of the device.
pub(crate) fn check(region: &[u8], offset: u64) -> Eck {
    let eck = region.len() - ECK_SIZE;
    if region[eck..eck + 8] != ZEC_MAGIC.to_le_bytes() {
        return Eck::NoMagic;
    }
    let stored = region[eck + 8..].to_vec();
    let mut copy = region.to_vec();
    copy[eck + 8..eck + 16].copy_from_slice(&offset.to_le_bytes());
    copy[eck + 16..].fill(0);
    let words = sha256_words(&copy);
    let want: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    if want == stored { Eck::Good } else { Eck::Bad }
}
