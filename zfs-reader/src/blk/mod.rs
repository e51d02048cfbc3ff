//! Block pointers (OpenZFS include/sys/spa.h `blkptr_t`, `BPE_*`) and reading the block one
//! points at: bounds, checksum (fletcher4, SHA-256), decompression (lz4, zstd, off).
mod bp; // Bp: the fields of blk_prop, DVAs, holes, embedded payloads
mod cache; // Pool::read_cached: indirect and dnode blocks kept for lookups
mod checksum; // zio_checksum: the bp's function over the physical bytes
mod decompress; // off, lz4 and zstd to the logical size
mod read; // Pool::read_bp: one verified, decompressed block

pub(crate) use bp::{Bp, MAX_BLOCK};
pub(crate) use cache::BlockCache;
