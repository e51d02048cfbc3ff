//! SHA-256 as ZFS stores it: the digest read as four big-endian 64-bit words.
//! OpenZFS module/zfs/sha2_zfs.c `abd_checksum_sha256` (`BE_64` "to preserve on disk
//! compatibility").
use sha2::{Digest, Sha256};

/// The four checksum words of `data`.
pub fn sha256_words(data: &[u8]) -> [u64; 4] {
    let digest = Sha256::digest(data);
    std::array::from_fn(|i| {
        u64::from_be_bytes(digest[i * 8..i * 8 + 8].try_into().expect("8 bytes"))
    })
}
