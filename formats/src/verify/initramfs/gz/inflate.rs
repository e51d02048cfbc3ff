//! A run of concatenated gzip members as one unpacked stream; each member's CRC-32 and
//! ISIZE are checked when its deflate stream ends (RFC 1952 §2.3.1).
use flate2::{Decompress, FlushDecompress, Status};

use super::super::stream::Stream;
use super::gzip::header_len;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// Compressed bytes read, and unpacked bytes made, per step.
const CHUNK: usize = 64 << 10;

/// The members starting at an image offset, unpacked.
pub(crate) struct Gz<'i> {
    pub(crate) img: &'i dyn ReadAt,
    /// Image offset of the next compressed byte (after the run: its end).
    pub(crate) input: u64,
    pub(crate) member: u64,
    pub(crate) inflate: Decompress,
    pub(crate) crc: crc32fast::Hasher,
    pub(crate) len: u64,
    pub(crate) out: Vec<u8>,
    pub(crate) head: usize,
    pub(crate) pos: u64,
    /// Members whose trailer checked out.
    pub(crate) members: u64,
    pub(crate) done: bool,
}

impl<'i> Gz<'i> {
    /// The member at `offset` and those right after it.
    pub(crate) fn new(img: &'i dyn ReadAt, offset: u64) -> Result<Gz<'i>> {
        Ok(Gz {
            img,
            input: offset + header_len(img, offset)?,
            member: offset,
            inflate: Decompress::new(false),
            crc: crc32fast::Hasher::new(),
            len: 0,
            out: Vec::with_capacity(CHUNK),
            head: 0,
            pos: 0,
            members: 0,
            done: false,
        })
    }

    /// Inflates until there are unpacked bytes or the run of members ends.
    fn refill(&mut self) -> Result<()> {
        while self.head == self.out.len() && !self.done {
            let avail = self.img.size().saturating_sub(self.input);
            if avail == 0 {
                let msg = format!("gzip member at {:#x} is cut short", self.member);
                return Err(corrupt(self.input, msg));
            }
            let n = CHUNK.min(usize::try_from(avail).unwrap_or(CHUNK));
            let input = bytes(self.img, self.input, n as u64, "gzip deflate data")?;
            let (in0, out0) = (self.inflate.total_in(), self.inflate.total_out());
            self.out.clear();
            self.head = 0;
            let status = self
                .inflate
                .decompress_vec(&input, &mut self.out, FlushDecompress::None)
                .map_err(|e| corrupt(self.input, format!("deflate data: {e}")))?;
            let used = self.inflate.total_in() - in0;
            let made = self.inflate.total_out() - out0;
            self.crc.update(&self.out);
            (self.input, self.len) = (self.input + used, self.len + made);
            if status == Status::StreamEnd {
                self.finish_member()?;
            } else if used == 0 && made == 0 {
                return Err(corrupt(self.input, "deflate data makes no progress"));
            }
        }
        Ok(())
    }
}

impl Stream for Gz<'_> {
    fn fill(&mut self) -> Result<&[u8]> {
        self.refill()?;
        Ok(&self.out[self.head..])
    }

    fn consume(&mut self, n: usize) {
        self.head += n;
        self.pos += n as u64;
    }

    fn pos(&self) -> u64 {
        self.pos
    }

    fn at(&self) -> String {
        format!("unpacked offset {:#x} of the gzip stream", self.pos)
    }
}
