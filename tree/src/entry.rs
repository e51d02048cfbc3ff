//! One object of an input tree: its path in the image, its kind, its metadata and its
//! extended attributes.
use crate::meta::Meta;
use crate::source::Source;

/// What an entry is, with what each kind carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A directory; its children follow it in the entry list.
    Dir,
    /// A regular file whose bytes are read from `source` when the image is written.
    File {
        /// Where the bytes are: a host file, a range of an archive, bytes in memory.
        source: Source,
        /// Size when the tree was loaded; reading fails if the source no longer has it.
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

    /// Refuses a device number Linux cannot encode (`MKDEV`: a 12-bit major, a 20-bit minor;
    /// include/linux/kdev_t.h), which no kernel could open and a pool cannot store.
    pub fn check_device(&self) -> Result<(), String> {
        let (major, minor) = self.rdev();
        if major >= 1 << 12 || minor >= 1 << 20 {
            return Err(format!(
                "device {major}:{minor} is beyond what Linux encodes (major 0–4095, minor 0–1048575)"
            ));
        }
        Ok(())
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
    /// Extended attributes (POSIX ACLs as `system.posix_acl_*`), sorted by name bytes.
    pub xattrs: Vec<Xattr>,
}

/// One extended attribute: its full name (`security.capability`) and its value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Xattr {
    /// Name with its namespace prefix (`user.`, `security.`, `trusted.`, `system.`).
    pub name: Vec<u8>,
    /// Value bytes.
    pub value: Vec<u8>,
}
