//! Compression as OpenZFS decides it (module/zfs/zio.c `zio_write_compress`): all-zero blocks
//! become holes, LZ4 is kept only when it saves 12.5 % and at least one allocation unit, and the
//! stored size is rounded up to the allocation unit — unless, with the embedded-data feature,
//! at most 112 bytes remain, which then go unpadded into the block pointer.
mod decide; // hole, raw, lz4 or embedded lz4 for one logical block
mod lz4; // the ZFS lz4 block: 4-byte big-endian length + raw LZ4

pub use decide::{Stored, decide};
pub use lz4::{compress as lz4_compress, decompress as lz4_decompress};
