//! Why a pool image could not be written.
use std::io;
use std::path::PathBuf;

/// Why an image could not be written. Broken internal invariants are `assert!`s, not variants.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The host refused an operation on a path.
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
    /// Writing the image file failed.
    #[error("{what}: {source}")]
    Image {
        /// What was being written ("a data block", "label 2"…).
        what: &'static str,
        /// What the host said.
        #[source]
        source: io::Error,
    },
    /// The tree does not fit in the requested image size.
    #[error("the pool needs an image of at least {} MiB (--size {}M); the size given is {} MiB", needed >> 20, needed >> 20, allowed >> 20)]
    NoSpace {
        /// Smallest image size that would hold the tree.
        needed: u64,
        /// The size asked for.
        allowed: u64,
    },
    /// A pool or dataset name ZFS would refuse.
    #[error("{name:?} is not a valid {what} name: {why}")]
    BadName {
        /// The name.
        name: String,
        /// "pool", "dataset" or "snapshot".
        what: &'static str,
        /// The rule it breaks.
        why: String,
    },
    /// An extended attribute Linux or the ZFS module would refuse.
    #[error("/{path}: extended attribute {name:?}: {why}")]
    Xattr {
        /// The entry's path in the image.
        path: String,
        /// The attribute's name.
        name: String,
        /// The rule it breaks.
        why: String,
    },
    /// A dataset property this writer cannot write.
    #[error("dataset {dataset:?}: property {name}: {why}")]
    Property {
        /// The dataset ("" for the pool's root dataset).
        dataset: String,
        /// The property.
        name: String,
        /// What is wrong with its value.
        why: String,
    },
    /// A name is longer than ZFS allows.
    #[error("{name:?} is {len} bytes; a ZFS name has at most {max}")]
    NameTooLong {
        /// The name.
        name: String,
        /// Its length.
        len: usize,
        /// The limit.
        max: usize,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
