//! Why an image could not be written.
use std::io;
use std::path::PathBuf;

/// Why a format writer stopped. Every variant names the path at fault.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The host refused an operation.
    #[error("{what} {}: {source}", path.display())]
    Io {
        /// What we were doing.
        what: &'static str,
        /// The host path concerned.
        path: PathBuf,
        /// What the host said.
        #[source]
        source: io::Error,
    },
    /// A file is larger than the format can describe.
    #[error("{}: {size} bytes is over the {format} limit of {max} bytes", path.display())]
    TooLarge {
        /// The offending file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The format's limit.
        max: u64,
        /// Which format ("newc cpio"…).
        format: &'static str,
    },
    /// A path is longer than the format or the kernel accepts.
    #[error("{name:?}: path of {len} bytes is over the {max}-byte limit")]
    NameTooLong {
        /// The path in the image.
        name: String,
        /// Its length in bytes (with the terminating NUL).
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Entries carry extended attributes the format cannot store, and the policy refuses.
    #[error(
        "{} extended attributes ({names}) that {format} cannot store; refused by --xattrs \
         error (--xattrs warn leaves them out)",
        crate::xattrs::carry(*entries)
    )]
    Xattrs {
        /// Inodes carrying attributes.
        entries: usize,
        /// Their attribute names, comma-separated.
        names: String,
        /// The format ("newc cpio"…).
        format: &'static str,
    },
    /// A volume identifier ECMA-119 (or the ESP's FAT label) cannot take.
    #[error("volume id {id:?}: {why}")]
    VolumeId {
        /// The identifier given.
        id: String,
        /// The rule it breaks.
        why: String,
    },
    /// An image being verified is malformed: what is wrong and where.
    #[error("{at}: {what}")]
    Corrupt {
        /// Where: byte offset, structure, entry.
        at: String,
        /// What is wrong.
        what: String,
    },
    /// An image being verified disagrees with the tree it should hold.
    #[error("{entry}: {what}")]
    Differs {
        /// The entry's image path.
        entry: String,
        /// What differs, image value against tree value.
        what: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches the step and path to an `io::Error`.
pub(crate) fn io_err(
    what: &'static str,
    path: impl Into<PathBuf>,
) -> impl FnOnce(io::Error) -> Error {
    let path = path.into();
    move |source| Error::Io { what, path, source }
}
