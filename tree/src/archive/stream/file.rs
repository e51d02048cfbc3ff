//! An uncompressed archive: headers through a small buffer, data skipped by seeking.
use std::fs::File;
use std::io::{self, BufReader, Read, Seek};

use super::Stream;

/// The archive file itself, read from its start.
pub(in crate::archive) struct FileStream {
    file: BufReader<File>,
    pos: u64,
    len: u64,
}

impl FileStream {
    /// Reads `file` (of `len` bytes) from offset 0.
    pub fn new(mut file: File, len: u64) -> io::Result<FileStream> {
        file.rewind()?;
        // Small members' data sits in the buffer with their headers: skipping it is free.
        let file = BufReader::with_capacity(64 << 10, file);
        Ok(FileStream { file, pos: 0, len })
    }
}

impl Stream for FileStream {
    fn pos(&self) -> u64 {
        self.pos
    }

    fn read_full(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = read_full(&mut self.file, buf)?;
        self.pos += got as u64;
        Ok(got)
    }

    fn skip(&mut self, n: u64) -> io::Result<u64> {
        let n = n.min(self.len.saturating_sub(self.pos));
        let step = i64::try_from(n).map_err(io::Error::other)?;
        self.file.seek_relative(step)?;
        self.pos += n;
        Ok(n)
    }

    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `read_exact` that reports how far it got instead of failing at the end.
pub(super) fn read_full(src: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match src.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
