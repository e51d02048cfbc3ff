//! Reads of one source at a time through [`Source::open`]: hadris reads each file in order
//! from its start, so one reader kept open between calls serves them all; a read elsewhere
//! opens the source again and skips to the offset. Reaching the recorded size asks the
//! reader once more, which is how a host file that grew is caught.
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use anvil_tree::{Source, SourceReader};

use super::fs::SourceFs;
use crate::error::{Error, io_err};

/// One file to read lazily: its bytes, the size the tree recorded, and how messages name it.
pub(super) struct Lazy {
    pub source: Source,
    pub size: u64,
    pub shown: PathBuf,
}

/// The first read failure, as our error (hadris keeps only a copy of its text).
#[derive(Clone, Default)]
pub(in crate::iso) struct Failure(Arc<Mutex<Option<Error>>>);

impl Failure {
    /// The failure that stopped the write, if a source read caused it.
    pub(in crate::iso) fn take(&self) -> Option<Error> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    fn keep(&self, err: Error) {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        slot.get_or_insert(err);
    }
}

/// The open reader: which file, how far it has read.
pub(super) struct Open {
    index: usize,
    pos: u64,
    reader: SourceReader,
}

impl SourceFs {
    /// Reads file `index` at `offset`; 0 at or past its end. A failure is kept for the
    /// message and returned as a copy of its text.
    pub(super) fn read_file(
        &mut self,
        index: usize,
        offset: u64,
        buf: &mut [u8],
    ) -> io::Result<usize> {
        let file = &self.files[index];
        if offset >= file.size || buf.is_empty() {
            return Ok(0);
        }
        self.read_open(index, offset, buf).map_err(|e| {
            let copy = io::Error::new(e.kind(), e.to_string());
            let shown = self.files[index].shown.clone();
            self.failure.keep(io_err("reading", shown)(e));
            self.open = None;
            copy
        })
    }

    fn read_open(&mut self, index: usize, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let size = self.files[index].size;
        let open = match self.open.take() {
            Some(o) if o.index == index && o.pos == offset => o,
            _ => self.reopen(index, offset)?,
        };
        let Open {
            mut reader, pos, ..
        } = open;
        let n = reader.read(buf)?;
        let pos = pos + n as u64;
        if pos == size {
            // At the recorded size the reader probes for more (a host file that grew).
            let more = reader.read(&mut [0u8; 1])?;
            debug_assert_eq!(more, 0, "SourceReader fails rather than read past the size");
        } else {
            self.open = Some(Open { index, pos, reader });
        }
        Ok(n)
    }

    fn reopen(&self, index: usize, offset: u64) -> io::Result<Open> {
        let file = &self.files[index];
        let mut reader = file.source.open(file.size)?;
        io::copy(&mut (&mut reader).take(offset), &mut io::sink())?;
        Ok(Open {
            index,
            pos: offset,
            reader,
        })
    }
}
