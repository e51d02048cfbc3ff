//! Where a regular file's bytes come from, and the one reader every writer uses.
//!
//! A file's bytes are read when an image is written, never when the tree is loaded: from a
//! host file, from a range of an archive (the archive itself when uncompressed, else its
//! decompressed spool), or from bytes in memory. [`Source::open`] hands out a reader that
//! yields exactly the size the tree recorded and fails if the source holds fewer or more.
mod archive; // Archive: a shared file read with positioned reads; ArchiveRange, sparse maps
mod holes; // a sparse host file read by regions: holes as zeros, no page-cache zero-fill
mod reader; // SourceReader: exactly `size` bytes, or SizeChanged

use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use archive::{Archive, ArchiveRange, Segment};
pub use reader::SourceReader;

/// Where a regular file's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A host file, opened when the image is written.
    Host(PathBuf),
    /// A range of an archive (or of its decompressed spool).
    Archive(ArchiveRange),
    /// Bytes held in memory (files the build makes itself).
    Bytes(Arc<[u8]>),
}

impl Source {
    /// A reader of exactly `size` bytes: it fails with [`SizeChanged`] (inside the
    /// `io::Error`) when the source turns out shorter or longer.
    pub fn open(&self, size: u64) -> io::Result<SourceReader> {
        SourceReader::open(self, size)
    }

    /// How messages name the bytes of the entry at image path `path`: the host path, or
    /// `ARCHIVE:/path` for an archive member, or `/path` for bytes built in memory.
    pub fn describe(&self, path: &[u8]) -> PathBuf {
        let image = Path::new("/").join(OsStr::from_bytes(path));
        match self {
            Source::Host(host) => host.clone(),
            Source::Archive(range) => {
                let mut shown = range.archive.path().as_os_str().to_owned();
                shown.push(":");
                shown.push(image.as_os_str());
                PathBuf::from(shown)
            }
            Source::Bytes(_) => image,
        }
    }

    /// The host file, for writers that hand host paths to a library.
    pub fn host_path(&self) -> Option<&Path> {
        match self {
            Source::Host(path) => Some(path),
            _ => None,
        }
    }
}
