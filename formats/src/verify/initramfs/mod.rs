//! Reading back an initramfs: gzip members (CRC-32, ISIZE) around newc archives (headers,
//! names, padding, data, hard links, trailer), optionally compared entry by entry with the
//! tree it was written from. Order: `check` splits the image into zero padding, raw archives
//! and gzip runs → `walk` reads each archive through a `Stream` → `tree` compares.
mod check; // the orchestrator: the kernel's initramfs grammar
mod data; // a file's data and a symlink's target: bounds, 070702 checksum, tree bytes
mod entry; // header + name + padding; safe names; parents
mod gzip; // the gzip member header (RFC 1952 §2.3)
mod inflate; // a run of gzip members as one unpacked stream
mod links; // the per-archive hard-link table
mod member; // a member's trailer: CRC-32 and ISIZE; the next member
mod mode; // file types: what each may carry, how each is counted
mod newc; // the 110-byte header decoded, its fields checked
mod raw; // the image itself as a stream (uncompressed archives)
mod stream; // Stream: buffered bytes with positions; exact reads, padding, zeros
mod tree; // entries against the tree: metadata, content, completeness
mod tree_links; // sizes and hard-link groups against the tree
mod walk; // archives entry by entry

pub use check::initramfs_at;
