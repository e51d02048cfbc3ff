//! Reading back an initramfs: gzip members (CRC-32, ISIZE) around newc archives (headers,
//! names, padding, data, hard links, trailer), optionally compared entry by entry with the
//! tree it was written from. Order: `check` splits the image into zero padding, raw archives
//! and gzip runs → `walk` reads each archive through a `Stream` → `tree` compares. Modules
//! are grouped in folders and used here by name.
mod archive; // newc: headers, entries, types, data, links, the walk
mod check; // the orchestrator: the kernel's initramfs grammar
mod gz; // gzip: header, members, trailers
mod raw; // the image itself as a stream (uncompressed archives)
mod stream; // Stream: buffered bytes with positions; exact reads, padding, zeros
mod tree; // entries against the tree: metadata, content, completeness
mod tree_links; // sizes and hard-link groups against the tree

use archive::{entry, links, walk};
use gz::{gzip, inflate};

pub use check::initramfs_at;
