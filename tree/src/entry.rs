//! One object of an input tree: its path in the image, its kind and its metadata.
use std::path::PathBuf;

/// A point in time as seconds and nanoseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    /// Whole seconds (negative before 1970).
    pub sec: i64,
    /// Nanoseconds, below 1e9.
    pub nsec: u32,
}

/// Ownership, permissions and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    /// Permission bits with set-uid, set-gid and sticky (`mode & 0o7777`); no type bits.
    pub mode: u32,
    /// Owner user id.
    pub uid: u32,
    /// Owner group id.
    pub gid: u32,
    /// Modification time, already clamped to `SOURCE_DATE_EPOCH` when that is set.
    pub mtime: Time,
}

/// What an entry is, with what each kind carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A directory; its children follow it in the entry list.
    Dir,
    /// A regular file whose bytes are read from `source` when the image is written.
    File {
        /// Host path of the bytes.
        source: PathBuf,
        /// Size when the tree was loaded; a writer fails if the file no longer has it.
        size: u64,
    },
    /// A symbolic link and its target bytes.
    Symlink {
        /// The target, as stored (not resolved).
        target: Vec<u8>,
    },
    /// A named pipe.
    Fifo,
    /// A Unix socket node (only from a spec: the walk skips sockets).
    Socket,
    /// A character device node.
    CharDev {
        /// Major number.
        major: u32,
        /// Minor number.
        minor: u32,
    },
    /// A block device node.
    BlockDev {
        /// Major number.
        major: u32,
        /// Minor number.
        minor: u32,
    },
}

impl Kind {
    /// The `S_IFMT` bits of this kind (Linux `include/uapi/linux/stat.h`).
    pub fn type_bits(&self) -> u32 {
        match self {
            Kind::Dir => 0o040_000,
            Kind::File { .. } => 0o100_000,
            Kind::Symlink { .. } => 0o120_000,
            Kind::Fifo => 0o010_000,
            Kind::Socket => 0o140_000,
            Kind::CharDev { .. } => 0o020_000,
            Kind::BlockDev { .. } => 0o060_000,
        }
    }

    /// `(major, minor)` of a device node, `(0, 0)` for everything else.
    pub fn rdev(&self) -> (u32, u32) {
        match *self {
            Kind::CharDev { major, minor } | Kind::BlockDev { major, minor } => (major, minor),
            _ => (0, 0),
        }
    }
}

/// One object of the tree, in the order writers must emit it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Path in the image without a leading slash, components joined by `/`; empty for the root.
    pub path: Vec<u8>,
    /// What the entry is.
    pub kind: Kind,
    /// Owner, permissions and time.
    pub meta: Meta,
    /// Hard-link group: entries sharing an id are names of one inode.
    pub link: Option<u32>,
}
