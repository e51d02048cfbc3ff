//! Positioned reads of an image being verified, from a file or from bytes in memory.
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;

use crate::error::{Result, io_err};

/// An image read at offsets: a file, or bytes in memory (`Vec<u8>`, `&[u8]`).
pub trait ReadAt {
    /// Size of the image in bytes.
    fn size(&self) -> u64;
    /// Fills `buf` from `offset`; the range lies inside the image (callers check first).
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()>;
}

impl ReadAt for Vec<u8> {
    fn size(&self) -> u64 {
        self.len() as u64
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        (&self[..]).read_at(offset, buf)
    }
}

impl ReadAt for &[u8] {
    fn size(&self) -> u64 {
        self.len() as u64
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        let start = usize::try_from(offset).map_err(io::Error::other)?;
        let src = self.get(start..start + buf.len());
        let src = src.ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof))?;
        buf.copy_from_slice(src);
        Ok(())
    }
}

/// An image file opened for verification.
pub struct FileImage {
    file: File,
    size: u64,
}

impl FileImage {
    /// Opens `path` and takes its size.
    pub fn open(path: &Path) -> Result<FileImage> {
        let file = File::open(path).map_err(io_err("opening", path))?;
        let meta = file.metadata().map_err(io_err("measuring", path))?;
        Ok(FileImage {
            file,
            size: meta.len(),
        })
    }
}

impl ReadAt for FileImage {
    fn size(&self) -> u64 {
        self.size
    }
    fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<()> {
        self.file.read_exact_at(buf, offset)
    }
}
