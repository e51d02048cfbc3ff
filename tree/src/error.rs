//! Why a tree could not be loaded.
use std::path::PathBuf;
use std::{fmt, io};

/// Why the input tree could not be read. Every variant names the path or spec line at fault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The host refused an operation on a path.
    #[error("{what} {}: {source}", path.display())]
    Io {
        /// What we were doing ("reading directory", "reading metadata of"…).
        what: &'static str,
        /// The host path concerned.
        path: PathBuf,
        /// What the host said.
        #[source]
        source: io::Error,
    },
    /// A spec line is malformed or asks for something impossible.
    #[error("{}:{line}: {msg}", file.display())]
    Spec {
        /// The spec file.
        file: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        msg: String,
    },
    /// An in-memory addition asks for something impossible.
    #[error("adding {name}: {msg}")]
    Addition {
        /// The entry's first name, quoted.
        name: String,
        /// What is wrong.
        msg: String,
    },
    /// An archive is malformed or asks for something the tree cannot hold.
    #[error("{}: at byte {offset}{}: {msg}", archive.display(), entry.as_ref().map(|e| format!(" (entry {e:?})")).unwrap_or_default())]
    Archive {
        /// The archive as the user named it.
        archive: PathBuf,
        /// Offset in the (decompressed) tar stream of the header at fault.
        offset: u64,
        /// The member's name, when known.
        entry: Option<String>,
        /// What is wrong.
        msg: String,
    },
    /// `--root` is neither a directory nor a tar archive.
    #[error("{}: {why}", path.display())]
    NotATree {
        /// The path given.
        path: PathBuf,
        /// What it is instead.
        why: String,
    },
}

/// A source held fewer or more bytes than the tree recorded when it was loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeChanged {
    /// Bytes recorded.
    pub expected: u64,
    /// Bytes found (at least; reading stops one byte past the recorded size).
    pub found: u64,
}

impl fmt::Display for SizeChanged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (want, found) = (self.expected, self.found);
        write!(
            f,
            "changed while being read (expected {want} bytes, found {found})"
        )
    }
}

impl std::error::Error for SizeChanged {}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches the path and the step to an `io::Error`.
pub(crate) fn io_err(
    what: &'static str,
    path: impl Into<PathBuf>,
) -> impl FnOnce(io::Error) -> Error {
    let path = path.into();
    move |source| Error::Io { what, path, source }
}
