//! Reads bounded by the image: every length taken from an image is checked against the
//! image's size and [`MAX_READ`] before anything is allocated or read.
use std::path::PathBuf;

use super::read_at::ReadAt;
use crate::error::{Error, Result, io_err};

/// The most bytes one structure of an image may make us hold in memory at once.
pub const MAX_READ: u64 = 64 << 20;

/// Reads `len` bytes at `offset` for `what`; a range outside the image or over
/// [`MAX_READ`] is a [`Error::Corrupt`] naming `what`, never an allocation.
pub fn bytes(img: &dyn ReadAt, offset: u64, len: u64, what: &str) -> Result<Vec<u8>> {
    within(img, offset, len, what)?;
    if len > MAX_READ {
        return Err(corrupt(
            offset,
            format!("{what}: {len} bytes is over the read limit"),
        ));
    }
    let mut buf = vec![0; len as usize];
    img.read_at(offset, &mut buf)
        .map_err(io_err("reading", PathBuf::from(what)))?;
    Ok(buf)
}

/// Checks that `offset..offset + len` lies inside the image.
pub fn within(img: &dyn ReadAt, offset: u64, len: u64, what: &str) -> Result<()> {
    match offset.checked_add(len) {
        Some(end) if end <= img.size() => Ok(()),
        _ => Err(corrupt(
            offset,
            format!(
                "{what}: {len} bytes at offset {offset} run past the image end ({})",
                img.size()
            ),
        )),
    }
}

/// A malformed structure at image byte `offset`.
pub fn corrupt(offset: u64, what: impl Into<String>) -> Error {
    Error::Corrupt {
        at: format!("offset {offset:#x}"),
        what: what.into(),
    }
}
