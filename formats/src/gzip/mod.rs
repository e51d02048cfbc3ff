//! Deterministic gzip (RFC 1952) compressed on every core, pigz-style, as one member.
//!
//! The input is cut into fixed 128 KiB chunks. Each chunk is deflated on a worker with the
//! previous 32 KiB as its dictionary and ends with a sync flush (the last with a final block),
//! so the concatenated outputs form one deflate stream. Chunking depends only on the input,
//! so the bytes are the same whatever the number of threads. Order: `frame` header → chunks
//! through `pipeline` (workers, then an in-order writer) → `frame` trailer (CRC-32, size).
mod chunk; // one chunk → raw deflate bytes, with its dictionary
mod encoder; // GzEncoder<W>: the Write side, chunking and CRC
mod frame; // the 10-byte header and the 8-byte trailer
mod pipeline; // worker threads and the in-order writer thread

pub use encoder::GzEncoder;
