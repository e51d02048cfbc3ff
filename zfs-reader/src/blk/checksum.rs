//! The checksum a block pointer names, over the block's physical bytes (zio_checksum.c).
use zfs_writer::checksum::{fletcher4, sha256_words};

/// `ZIO_CHECKSUM_OFF`.
const CKSUM_OFF: u64 = 2;
/// `ZIO_CHECKSUM_FLETCHER_4`.
const CKSUM_FLETCHER_4: u64 = 7;
/// `ZIO_CHECKSUM_SHA256`.
const CKSUM_SHA256: u64 = 8;

/// The four checksum words of `data` under function `kind`; `None` for a function this reader
/// does not implement (or `off`, which has nothing to compare).
pub(crate) fn compute(kind: u64, data: &[u8]) -> Option<[u64; 4]> {
    match kind {
        CKSUM_FLETCHER_4 => Some(fletcher4(data)),
        CKSUM_SHA256 => Some(sha256_words(data)),
        _ => None,
    }
}

/// Functions whose blocks can be verified, plus `off`.
pub(crate) fn known(kind: u64) -> bool {
    matches!(kind, CKSUM_OFF | CKSUM_FLETCHER_4 | CKSUM_SHA256)
}

/// zdb's name of a checksum function, for messages.
pub(crate) fn name(kind: u64) -> &'static str {
    const NAMES: [&str; 15] = [
        "inherit",
        "on",
        "off",
        "label",
        "gang_header",
        "zilog",
        "fletcher2",
        "fletcher4",
        "sha256",
        "zilog2",
        "noparity",
        "sha512",
        "skein",
        "edonr",
        "blake3",
    ];
    NAMES.get(kind as usize).copied().unwrap_or("unknown")
}
