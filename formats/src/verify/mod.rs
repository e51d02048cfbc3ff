//! Readers that verify the images our writers make, without trusting the writers' code:
//! every length read from an image is checked against the image's size, so a corrupt image
//! gives an [`Error::Corrupt`](crate::Error::Corrupt) naming what and where, never a panic.
//! Given the tree the image was made from, every entry is also compared with it
//! ([`Error::Differs`](crate::Error::Differs)).
mod bounds; // reads checked against the image size and MAX_READ
mod content; // the tree's bytes of a file, compared as the image's arrive
mod initramfs; // gzip + newc: the kernel's initramfs grammar
mod iso; // ISO 9660 + Rock Ridge + Joliet + El Torito + MBR/GPT + the ESP
mod read_at; // ReadAt: positioned reads of a file or of bytes, bounded
mod report; // Report: counts and Display

use std::path::Path;

use anvil_tree::Tree;

pub use bounds::MAX_READ;
pub use initramfs::initramfs_at;
pub use iso::iso_at;
pub use read_at::{FileImage, ReadAt};
pub use report::Report;

use crate::error::Result;

/// Verifies the initramfs file `image`, and that it holds `tree` when given.
pub fn initramfs(image: &Path, tree: Option<&Tree>) -> Result<Report> {
    initramfs_at(&FileImage::open(image)?, tree)
}

/// Verifies the ISO file `image`, and that it holds `tree` when given.
pub fn iso(image: &Path, tree: Option<&Tree>) -> Result<Report> {
    iso_at(&FileImage::open(image)?, tree)
}
