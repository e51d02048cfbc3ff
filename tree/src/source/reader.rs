//! `SourceReader`: exactly the bytes the tree recorded, whatever the source.
use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::FileExt;
use std::sync::Arc;

use super::holes::Regions;
use super::{ArchiveRange, Source};
use crate::error::SizeChanged;

enum Inner {
    Host(File, Option<Regions>),
    Archive(ArchiveRange),
    Bytes(Arc<[u8]>),
}

/// Reads exactly `size` bytes of a [`Source`]; a shorter or longer source is an
/// `io::Error` of kind `InvalidData` wrapping [`SizeChanged`].
pub struct SourceReader {
    inner: Inner,
    size: u64,
    pos: u64,
}

impl SourceReader {
    pub(super) fn open(source: &Source, size: u64) -> io::Result<SourceReader> {
        let inner = match source {
            Source::Host(path) => {
                let file = File::open(path)?;
                let regions = Regions::probe(&file, size);
                Inner::Host(file, regions)
            }
            Source::Archive(range) => Inner::Archive(range.clone()),
            Source::Bytes(bytes) => Inner::Bytes(Arc::clone(bytes)),
        };
        Ok(SourceReader {
            inner,
            size,
            pos: 0,
        })
    }

    fn raw_read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Host(file, Some(regions)) if self.pos < self.size => {
                regions.read_at(file, self.pos, self.size, buf)
            }
            Inner::Host(file, _) => file.read_at(buf, self.pos),
            Inner::Archive(range) => range.read_at(self.pos, buf),
            Inner::Bytes(bytes) => {
                (&bytes.get(self.pos as usize..).unwrap_or_default()[..]).read(buf)
            }
        }
    }

    fn changed(&self, found: u64) -> io::Error {
        let expected = self.size;
        io::Error::new(io::ErrorKind::InvalidData, SizeChanged { expected, found })
    }
}

impl Read for SourceReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.size {
            // Only a host file can grow; one probe byte tells.
            let host = matches!(self.inner, Inner::Host(..));
            return match host && self.raw_read(&mut [0u8; 1])? > 0 {
                true => Err(self.changed(self.size + 1)),
                false => Ok(0),
            };
        }
        if buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(self.size - self.pos).unwrap_or(usize::MAX));
        let got = loop {
            match self.raw_read(&mut buf[..want]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                other => break other?,
            }
        };
        if got == 0 {
            return Err(self.changed(self.pos));
        }
        self.pos += got as u64;
        Ok(got)
    }
}
