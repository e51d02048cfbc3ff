//! The verifiers for image files named by path: `anvil-assemble verify IMAGE [--tree DIR]`.
use std::path::Path;

use anvil_tree::Tree;

use super::read_at::FileImage;
use super::{Report, initramfs_at, iso_at};
use crate::error::Result;

/// Verifies the initramfs file `image`, and that it holds `tree` when given.
pub fn initramfs(image: &Path, tree: Option<&Tree>) -> Result<Report> {
    initramfs_at(&FileImage::open(image)?, tree)
}

/// Verifies the ISO file `image`, and that it holds `tree` when given.
pub fn iso(image: &Path, tree: Option<&Tree>) -> Result<Report> {
    iso_at(&FileImage::open(image)?, tree)
}
