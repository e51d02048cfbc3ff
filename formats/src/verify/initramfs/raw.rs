//! An uncompressed archive read straight from the image: positions are image offsets.
use super::stream::Stream;
use crate::error::{Result, io_err};
use crate::verify::read_at::ReadAt;

/// Bytes read from the image per refill.
const CHUNK: u64 = 64 << 10;

/// The image from `pos` on, as a [`Stream`].
pub(crate) struct Raw<'i> {
    img: &'i dyn ReadAt,
    pos: u64,
    buf: Vec<u8>,
    head: usize,
}

impl<'i> Raw<'i> {
    /// The image from offset `pos`.
    pub(crate) fn new(img: &'i dyn ReadAt, pos: u64) -> Raw<'i> {
        Raw {
            img,
            pos,
            buf: Vec::new(),
            head: 0,
        }
    }
}

impl Stream for Raw<'_> {
    fn fill(&mut self) -> Result<&[u8]> {
        if self.head == self.buf.len() {
            let len = CHUNK.min(self.img.size().saturating_sub(self.pos));
            self.buf.resize(len as usize, 0);
            self.head = 0;
            let at = format!("image offset {:#x}", self.pos);
            self.img
                .read_at(self.pos, &mut self.buf)
                .map_err(io_err("reading the initramfs at", at))?;
        }
        Ok(&self.buf[self.head..])
    }

    fn consume(&mut self, n: usize) {
        self.head += n;
        self.pos += n as u64;
    }

    fn pos(&self) -> u64 {
        self.pos
    }

    fn at(&self) -> String {
        format!("image offset {:#x}", self.pos)
    }
}
