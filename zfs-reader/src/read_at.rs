//! The image as something to read at offsets: a file, or bytes in memory for tests.
use std::fs::File;
use std::io;

/// Positioned reads of a fixed-size image.
pub trait ReadAt: Sync {
    /// Bytes in the image.
    fn size(&self) -> u64;
    /// Fills `buf` from `offset`; an error if the image ends first.
    fn read_exact_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()>;
}

impl ReadAt for [u8] {
    fn size(&self) -> u64 {
        self.len() as u64
    }

    fn read_exact_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let start = usize::try_from(offset).unwrap_or(usize::MAX);
        let end = start.checked_add(buf.len());
        match end.and_then(|end| self.get(start..end)) {
            Some(src) => {
                buf.copy_from_slice(src);
                Ok(())
            }
            None => Err(io::ErrorKind::UnexpectedEof.into()),
        }
    }
}

/// A file and its size, taken once when opened.
pub(crate) struct FileImage {
    pub file: File,
    pub size: u64,
}

impl ReadAt for FileImage {
    fn size(&self) -> u64 {
        self.size
    }

    fn read_exact_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        std::os::unix::fs::FileExt::read_exact_at(&self.file, buf, offset)
    }
}

impl ReadAt for Vec<u8> {
    fn size(&self) -> u64 {
        self.len() as u64
    }

    fn read_exact_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        self[..].read_exact_at(offset, buf)
    }
}
