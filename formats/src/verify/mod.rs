//! Readers that verify the images our writers make, without trusting the writers' code:
//! every length read from an image is checked against the image's size, so a corrupt image
//! gives an [`Error::Corrupt`](crate::Error::Corrupt) naming what and where, never a panic.
//! Given the tree the image was made from, every entry is also compared with it
//! ([`Error::Differs`](crate::Error::Differs)).
mod bounds; // reads checked against the image size and MAX_READ
mod content; // the tree's bytes of a file, compared as the image's arrive
mod initramfs; // gzip + newc: the kernel's initramfs grammar
mod iso; // ISO 9660 + Rock Ridge + Joliet + El Torito + MBR/GPT + the ESP
mod path; // the same for image files named by path
mod read_at; // ReadAt: positioned reads of a file or of bytes, bounded
mod report; // Report: counts and Display

pub use bounds::MAX_READ;
pub use initramfs::initramfs_at;
pub use iso::iso_at;
pub use path::{initramfs, iso};
pub use read_at::{FileImage, ReadAt};
pub use report::Report;
