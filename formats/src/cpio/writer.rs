//! `CpioWriter`: appends newc entries to any `Write` and finishes with the trailer.
use std::io::{self, Read, Write};

use super::copy::{COPY_BUF, copy_exact};
use super::header::{HEADER_LEN, NewcHeader};

/// Name of the entry that ends an archive (and resets the kernel's hard-link table).
const TRAILER: &[u8] = b"TRAILER!!!";

/// Writes a newc archive entry by entry. Call [`CpioWriter::finish`] to write the trailer;
/// dropping the writer leaves the archive unterminated.
#[derive(Debug)]
pub struct CpioWriter<W: Write> {
    out: W,
    offset: u64,
    /// Copy buffer: large reads keep the syscall count low on big files.
    buf: Vec<u8>,
}

impl<W: Write> CpioWriter<W> {
    /// Starts an archive on `out`.
    pub fn new(out: W) -> CpioWriter<W> {
        CpioWriter {
            out,
            offset: 0,
            buf: vec![0; COPY_BUF],
        }
    }

    /// Appends one entry: `header.namesize` and `header.filesize` are set from `name` and
    /// `len`, and exactly `len` bytes are copied from `data` (fewer is an `UnexpectedEof`).
    pub fn add(
        &mut self,
        header: &NewcHeader,
        name: &[u8],
        len: u32,
        data: &mut dyn Read,
    ) -> io::Result<()> {
        let header = NewcHeader {
            namesize: name.len() as u32 + 1,
            filesize: len,
            ..*header
        };
        self.put(&header.encode())?;
        self.put(name)?;
        self.put(&[0])?;
        self.pad(4)?;
        self.offset += copy_exact(data, &mut self.out, &mut self.buf, len)?;
        self.pad(4)
    }

    /// Writes `TRAILER!!!`, pads the archive to 512 bytes as `gen_init_cpio` does, and returns
    /// the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        let header = NewcHeader {
            nlink: 1,
            ..Default::default()
        };
        self.add(&header, TRAILER, 0, &mut io::empty())?;
        self.pad(512)?;
        Ok(self.out)
    }

    /// Bytes written so far.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.offset += bytes.len() as u64;
        Ok(())
    }

    fn pad(&mut self, align: u64) -> io::Result<()> {
        const ZEROS: [u8; 512] = [0; 512];
        let n = self.offset.next_multiple_of(align) - self.offset;
        self.put(&ZEROS[..n as usize])
    }
}

const _: () = assert!(HEADER_LEN == 110);
