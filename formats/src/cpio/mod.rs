//! newc cpio (`070701`), the format the kernel unpacks into its initial root filesystem.
//!
//! Linux `Documentation/driver-api/early-userspace/buffer-format.rst`: a 110-byte ASCII-hex
//! header, the NUL-terminated name padded to 4 bytes, the data padded to 4 bytes, and a
//! `TRAILER!!!` entry. `archive` maps a tree onto `CpioWriter` calls in the tree's order.
mod archive; // Tree → entries: inode numbers, link counts, device numbers
mod copy; // exactly `len` bytes of entry data
mod data; // file bytes, checked against the recorded size
mod header; // NewcHeader: the 110-byte header
mod limits; // PATH_MAX and the 4 GiB file limit
mod writer; // CpioWriter<W: Write>: entries, padding, trailer

pub use archive::write_tree;
pub use header::NewcHeader;
pub use writer::CpioWriter;
