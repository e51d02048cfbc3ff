//! An archive's bytes as a shared, seekless file, and a member's place in it.
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The bytes of an uncompressed tar stream: the archive itself, or the unnamed spool that
/// holds a compressed archive's decompressed stream. Read with positioned reads, so any
/// number of threads can share one.
#[derive(Debug)]
pub struct Archive {
    file: File,
    path: PathBuf,
}

impl Archive {
    /// `file` holds the tar stream of the archive the user named `path`.
    pub fn new(file: File, path: PathBuf) -> Archive {
        Archive { file, path }
    }

    /// The archive as the user named it (for messages).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads at `offset` into `buf`; fewer bytes only at the end of the file.
    pub fn read_at(&self, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let mut got = 0;
        while got < buf.len() {
            match self.file.read_at(&mut buf[got..], offset + got as u64) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(got)
    }
}

/// One run of data in a sparse file: `len` bytes at file offset `offset`. A sparse member
/// stores its runs back to back; everything between them reads as zeros.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Where the run starts in the file.
    pub offset: u64,
    /// Its length.
    pub len: u64,
}

/// Where a member's bytes are in an [`Archive`].
#[derive(Clone, Debug)]
pub struct ArchiveRange {
    /// The archive (shared by every member).
    pub archive: Arc<Archive>,
    /// Offset of the member's first stored byte.
    pub offset: u64,
    /// For a sparse member, its data runs in file order; `None` for a plain one.
    pub sparse: Option<Arc<[Segment]>>,
}

impl PartialEq for ArchiveRange {
    fn eq(&self, other: &ArchiveRange) -> bool {
        Arc::ptr_eq(&self.archive, &other.archive)
            && self.offset == other.offset
            && self.sparse == other.sparse
    }
}

impl Eq for ArchiveRange {}

impl ArchiveRange {
    /// Reads the file's bytes at file offset `pos` into `buf` (holes as zeros); returns how
    /// many bytes it filled, fewer only where the archive ends early.
    pub fn read_at(&self, pos: u64, buf: &mut [u8]) -> io::Result<usize> {
        let Some(runs) = &self.sparse else {
            return self.archive.read_at(self.offset + pos, buf);
        };
        let end = pos + buf.len() as u64;
        buf.fill(0);
        let mut stored = self.offset;
        for run in runs.iter() {
            let (from, to) = (pos.max(run.offset), end.min(run.offset + run.len));
            if from < to {
                let at = (from - pos) as usize..(to - pos) as usize;
                let got = self
                    .archive
                    .read_at(stored + from - run.offset, &mut buf[at.clone()])?;
                if got < at.len() {
                    return Ok(at.start + got);
                }
            }
            stored += run.len;
        }
        Ok(buf.len())
    }
}
