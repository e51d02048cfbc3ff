//! A sparse host file read by regions (`SEEK_DATA`/`SEEK_HOLE`): holes become zeros here, so
//! the kernel never allocates and zero-fills page-cache pages for them — which costs as much
//! as reading data. Only files whose allocated blocks are fewer than their size are probed;
//! where a filesystem cannot say, the whole file is data. The bytes are the same either way.
use std::fs::File;
use std::io;
use std::os::unix::fs::{FileExt, MetadataExt};

use rustix::fs::{SeekFrom, seek};

/// Files smaller than this are read plainly (probing would cost more than it saves).
const PROBE_FROM: u64 = 1 << 20;

/// Where the current region ends, and whether it is a hole.
#[derive(Clone, Copy, Debug)]
pub(super) struct Regions {
    end: u64,
    hole: bool,
}

impl Regions {
    /// Region tracking for `file` of `size` bytes, if it is sparse and large enough.
    pub fn probe(file: &File, size: u64) -> Option<Regions> {
        if size < PROBE_FROM {
            return None; // no fstat for the many small files
        }
        let sparse = file.metadata().ok()?.blocks().saturating_mul(512) < size;
        sparse.then_some(Regions {
            end: 0,
            hole: false,
        })
    }

    /// Reads at `pos` (below `size`) into `buf`: zeros in a hole, the file's bytes in data.
    pub fn read_at(
        &mut self,
        file: &File,
        pos: u64,
        size: u64,
        buf: &mut [u8],
    ) -> io::Result<usize> {
        if pos >= self.end {
            self.locate(file, pos, size)?;
        }
        let n = buf
            .len()
            .min(usize::try_from(self.end - pos).unwrap_or(usize::MAX));
        if self.hole {
            buf[..n].fill(0);
            return Ok(n);
        }
        file.read_at(&mut buf[..n], pos)
    }

    /// The region that holds `pos`, within the file's length now: past it, a one-byte data
    /// region whose read finds nothing, so a file that shrank is still caught.
    fn locate(&mut self, file: &File, pos: u64, size: u64) -> io::Result<()> {
        let len = file.metadata()?.len().min(size);
        if pos >= len {
            (self.end, self.hole) = (pos + 1, false);
            return Ok(());
        }
        let data = match seek(file, SeekFrom::Data(pos)) {
            Ok(data) => data,
            Err(rustix::io::Errno::NXIO) => len,
            Err(e) => return Err(e.into()),
        };
        (self.end, self.hole) = if data > pos {
            (data.min(len), true)
        } else {
            (
                seek(file, SeekFrom::Hole(pos))?.min(len).max(pos + 1),
                false,
            )
        };
        Ok(())
    }
}
