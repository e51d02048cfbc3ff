//! Checksums (OpenZFS module/zcommon/zfs_fletcher.c, module/zfs/zio_checksum.c): fletcher4
//! for every block, SHA-256 with an offset verifier for labels and uberblocks.
mod embedded; // zio_eck_t: self-checksummed label regions and uberblock slots
mod fletcher4; // fletcher_4_native
mod sha256; // SHA-256 words as OpenZFS stores them

pub use embedded::{ZEC_MAGIC, seal_label};
pub use fletcher4::fletcher4;
pub use sha256::sha256_words;
