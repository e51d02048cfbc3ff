//! Why an image failed verification: what is wrong and where (object, offset, DVA).
use std::io;

/// Why a pool could not be verified. Each variant says what and where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The image could not be read.
    #[error("reading {what}: {source}")]
    Io {
        /// What was being read.
        what: String,
        /// What the host said.
        #[source]
        source: io::Error,
    },
    /// The image breaks the on-disk format (bad checksum, bad length, bad magic …).
    #[error("corrupt {at}: {what}")]
    Corrupt {
        /// Where: label, object, block, DVA.
        at: String,
        /// What is wrong.
        what: String,
    },
    /// The image uses something this reader does not implement.
    #[error("unsupported {at}: {what}")]
    Unsupported {
        /// Where it was met.
        at: String,
        /// What it is.
        what: String,
    },
    /// The space maps disagree with the blocks referenced.
    #[error("space maps: {0}")]
    Space(String),
    /// A file of the dataset differs from the tree.
    #[error("tree mismatch at {path:?}: {what}")]
    Tree {
        /// Path in the tree ("" is the root).
        path: String,
        /// What differs.
        what: String,
    },
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A [`Error::Corrupt`] at `at`.
pub(crate) fn corrupt(at: impl std::fmt::Display, what: impl Into<String>) -> Error {
    Error::Corrupt {
        at: at.to_string(),
        what: what.into(),
    }
}

/// An [`Error::Unsupported`] at `at`.
pub(crate) fn unsupported(at: impl std::fmt::Display, what: impl Into<String>) -> Error {
    Error::Unsupported {
        at: at.to_string(),
        what: what.into(),
    }
}

/// Fails with [`Error::Corrupt`] unless `ok`.
pub(crate) fn ensure(
    ok: bool,
    at: impl std::fmt::Display,
    what: impl FnOnce() -> String,
) -> Result<()> {
    if ok { Ok(()) } else { Err(corrupt(at, what())) }
}
