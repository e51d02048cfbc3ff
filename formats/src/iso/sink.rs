//! An append-only block device over any `Write`: hadris writes each 2 KiB block once, in
//! ascending order, so the image streams through a buffer into the temporary file with no
//! seek and no read. Skipped blocks become zeros; a backward write is refused.
use std::io::{self, Write};

use hadris_io::{Error, ErrorKind, ErrorType};
use hadris_storage::sync::BlockDevice;
use hadris_storage::{BlockIndex, BlockSize};

/// ECMA-119 logical block size.
const BLOCK: u64 = 2048;

/// Streams blocks to `out`, telling `progress` every byte count written.
pub(super) struct Sink<'p, W> {
    out: W,
    blocks: u64,
    progress: &'p mut dyn FnMut(u64),
}

impl<'p, W: Write> Sink<'p, W> {
    pub(super) fn new(out: W, progress: &'p mut dyn FnMut(u64)) -> Self {
        Sink {
            out,
            blocks: 0,
            progress,
        }
    }

    /// Pads with zeros up to `size` bytes (the planned image size) and returns the writer.
    pub(super) fn finish(mut self, size: u64) -> io::Result<W> {
        self.zero_to(size.div_ceil(BLOCK))?;
        self.out.flush()?;
        Ok(self.out)
    }

    fn zero_to(&mut self, block: u64) -> io::Result<()> {
        let zeros = [0u8; BLOCK as usize];
        while self.blocks < block {
            self.out.write_all(&zeros)?;
            self.blocks += 1;
        }
        Ok(())
    }
}

impl<W> ErrorType for Sink<'_, W> {
    type Error = io::Error;
}

impl<W: Write> BlockDevice for Sink<'_, W> {
    fn block_size(&self) -> BlockSize {
        BlockSize::new(BLOCK as u32).expect("2048 is a valid block size")
    }

    fn block_count(&self) -> u64 {
        self.blocks
    }

    fn max_block_count(&self) -> u64 {
        u64::MAX / BLOCK
    }

    fn writable(&self) -> bool {
        true
    }

    fn read_blocks(&mut self, _: BlockIndex, _: &mut [u8]) -> Result<(), Error<io::Error>> {
        Err(Error::new(
            ErrorKind::Unsupported,
            "the ISO sink is write-only",
        ))
    }

    fn write_blocks(&mut self, first: BlockIndex, buf: &[u8]) -> Result<(), Error<io::Error>> {
        if first.get() < self.blocks {
            return Err(Error::new(
                ErrorKind::Unsupported,
                "the ISO sink only appends",
            ));
        }
        let failed = |e| Error::device(e, "writing the ISO image failed");
        self.zero_to(first.get()).map_err(failed)?;
        self.out.write_all(buf).map_err(failed)?;
        self.blocks += buf.len() as u64 / BLOCK;
        (self.progress)(buf.len() as u64);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Error<io::Error>> {
        let failed = |e| Error::device(e, "flushing the ISO image failed");
        self.out.flush().map_err(failed)
    }
}
