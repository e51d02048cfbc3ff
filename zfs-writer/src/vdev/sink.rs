//! The image file: positioned writes, the only code in the crate that touches it.
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

use super::VDEV_LABEL_START_SIZE;

/// Writes blocks at DVA offsets (relative to allocatable space) and labels at device offsets.
#[derive(Debug)]
pub struct Sink {
    file: File,
}

impl Sink {
    /// Wraps an open, already sized image file.
    pub fn new(file: File) -> Sink {
        Sink { file }
    }

    /// Writes `bytes` at DVA offset `offset` (the device offset minus the front label area).
    pub fn write_block(&self, offset: u64, bytes: &[u8]) -> io::Result<()> {
        self.file
            .write_all_at(bytes, VDEV_LABEL_START_SIZE + offset)
    }

    /// Writes `bytes` at absolute device offset `offset` (labels).
    pub fn write_raw(&self, offset: u64, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all_at(bytes, offset)
    }

    /// The file, for the final sync and rename.
    pub fn into_file(self) -> File {
        self.file
    }
}
