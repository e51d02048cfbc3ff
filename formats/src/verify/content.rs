//! The tree's side of a comparison: a file's expected bytes, read as the image's arrive,
//! and the error naming an entry that differs.
use std::io::Read;

use anvil_tree::{Source, SourceReader};

use crate::error::{Error, Result, io_err};

/// An entry of the tree that the image does not hold as it should.
pub fn differs(path: &[u8], what: impl Into<String>) -> Error {
    Error::Differs {
        entry: format!("/{}", String::from_utf8_lossy(path)),
        what: what.into(),
    }
}

/// The tree's bytes of one file, compared piece by piece with the image's.
pub struct Expected {
    reader: SourceReader,
    buf: Vec<u8>,
    off: u64,
    path: Vec<u8>,
}

impl Expected {
    /// Opens `source` (of `size` bytes) of the entry at image path `path`.
    pub fn open(source: &Source, size: u64, path: &[u8]) -> Result<Expected> {
        let reader = source
            .open(size)
            .map_err(io_err("reading", source.describe(path)))?;
        Ok(Expected {
            reader,
            buf: Vec::new(),
            off: 0,
            path: path.to_vec(),
        })
    }

    /// Compares the image's next bytes `chunk` with the tree's next bytes.
    pub fn compare(&mut self, chunk: &[u8]) -> Result<()> {
        self.buf.resize(chunk.len(), 0);
        self.reader.read_exact(&mut self.buf).map_err(io_err(
            "reading the tree's bytes of",
            String::from_utf8_lossy(&self.path).into_owned(),
        ))?;
        // memcmp first (vectorised); the byte-by-byte search only to name a difference.
        let first = (chunk != self.buf.as_slice())
            .then(|| chunk.iter().zip(&self.buf).position(|(a, b)| a != b))
            .flatten();
        if let Some(i) = first {
            let at = self.off + i as u64;
            let what = format!(
                "content differs at byte {at}: image {:#04x}, tree {:#04x}",
                chunk[i], self.buf[i]
            );
            return Err(differs(&self.path, what));
        }
        self.off += chunk.len() as u64;
        Ok(())
    }
}
