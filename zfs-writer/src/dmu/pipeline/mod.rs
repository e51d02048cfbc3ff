//! File data on every core: a reader thread cuts the files into logical blocks in object
//! order, worker threads compress and checksum them (`prepare`), and the caller takes them
//! back in order to place them. Queues are bounded: memory stays at a few blocks per thread.
mod ordered; // the consumer side: results back in sequence order
mod reader; // files → logical blocks, checked against the sizes the tree recorded

pub use ordered::{DataStream, Prep};
pub use reader::FileData;
