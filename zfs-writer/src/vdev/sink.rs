//! The image file: positioned writes, the only code in the crate that touches it. A sink
//! can also discard everything: the dry runs that measure the space a tree needs.
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

use super::VDEV_LABEL_START_SIZE;

/// Writes blocks at DVA offsets (relative to allocatable space) and labels at device offsets.
#[derive(Debug)]
pub struct Sink {
    /// `None` for a dry run.
    file: Option<File>,
}

impl Sink {
    /// Wraps an open, already sized image file.
    pub fn new(file: File) -> Sink {
        Sink { file: Some(file) }
    }

    /// A sink that writes nothing: the writer lays everything out as if compression were off
    /// and file data all non-zero, so what it allocates bounds what a real write allocates.
    pub fn dry() -> Sink {
        Sink { file: None }
    }

    /// Whether this is a dry run.
    pub fn is_dry(&self) -> bool {
        self.file.is_none()
    }

    /// Writes `bytes` at DVA offset `offset` (the device offset minus the front label area).
    pub fn write_block(&self, offset: u64, bytes: &[u8]) -> io::Result<()> {
        self.write_raw(VDEV_LABEL_START_SIZE + offset, bytes)
    }

    /// Writes `bytes` at absolute device offset `offset` (labels).
    pub fn write_raw(&self, offset: u64, bytes: &[u8]) -> io::Result<()> {
        match &self.file {
            Some(file) => file.write_all_at(bytes, offset),
            None => Ok(()),
        }
    }

    /// The file, for the final sync and rename (`None` for a dry run).
    pub fn into_file(self) -> Option<File> {
        self.file
    }
}
