//! Why a tree could not be loaded.
use std::io;
use std::path::PathBuf;

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
    /// `--root` is not a directory.
    #[error("{}: not a directory", .0.display())]
    NotADirectory(PathBuf),
}

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
