//! A compressed archive: decoded once, front to back, every byte up to the end-of-archive
//! blocks teed into the spool so its offsets are the tar stream's offsets.
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};

use super::Stream;
use super::file::read_full;

/// The decoder's output, copied to `spool` as it is read.
pub(in crate::archive) struct SpoolStream {
    src: BufReader<Box<dyn Read + Send>>,
    spool: BufWriter<File>,
    pos: u64,
}

impl SpoolStream {
    /// Reads `decoded`, writing everything it reads to `spool` (empty, at offset 0).
    pub fn new(decoded: Box<dyn Read + Send>, spool: File) -> SpoolStream {
        SpoolStream {
            src: BufReader::with_capacity(256 << 10, decoded),
            spool: BufWriter::with_capacity(1 << 20, spool),
            pos: 0,
        }
    }
}

impl Stream for SpoolStream {
    fn pos(&self) -> u64 {
        self.pos
    }

    fn read_full(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = read_full(&mut self.src, buf)?;
        self.spool.write_all(&buf[..got]).map_err(spool_err)?;
        self.pos += got as u64;
        Ok(got)
    }

    fn skip(&mut self, n: u64) -> io::Result<u64> {
        let mut left = n;
        while left > 0 {
            let chunk = self.src.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            let take = chunk.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            self.spool.write_all(&chunk[..take]).map_err(spool_err)?;
            self.src.consume(take);
            left -= take as u64;
        }
        self.pos += n - left;
        Ok(n - left)
    }

    /// Decodes the rest (the zero padding after the end blocks) so a corrupt tail or a bad
    /// checksum is still caught, then flushes the spool.
    fn finish(&mut self) -> io::Result<()> {
        io::copy(&mut self.src, &mut io::sink())?;
        self.spool.flush().map_err(spool_err)
    }
}

fn spool_err(e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("writing the spool: {e}"))
}
