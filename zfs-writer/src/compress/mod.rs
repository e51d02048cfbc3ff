//! Compression as OpenZFS decides it (module/zfs/zio.c `zio_write_compress`): all-zero blocks
//! become holes, lz4 or zstd is kept only when it saves 12.5 % and at least one allocation
//! unit, and the stored size is rounded up to the allocation unit — unless, with the
//! embedded-data feature, at most 112 bytes remain, which then go unpadded into the block
//! pointer. `Compression` is the `compression` property a dataset's data blocks follow.
mod compression; // the property: names, stored value, what it writes
mod decide; // hole, raw, lz4, zstd or embedded for one logical block
mod lz4; // the ZFS lz4 block: 4-byte big-endian length + raw LZ4
mod zstd; // the ZFS zstd block: zfs_zstdhdr_t + magicless frame (structured-zstd, pure Rust)
mod zstd_level; // zio_zstd_levels: property/header level ↔ libzstd level

pub use compression::{Compression, NAMES};
pub use decide::{Stored, decide};
pub use lz4::{compress as lz4_compress, decompress as lz4_decompress};
pub use zstd::{
    ZSTD_VERSION_NUMBER, compress as zstd_compress, decompress as zstd_decompress,
    header as zstd_header,
};
pub use zstd_level::ZstdLevel;
