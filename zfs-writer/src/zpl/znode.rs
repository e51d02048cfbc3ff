//! `znode`: one file, directory, symlink or special file, as the ZPL stores it.
//! OpenZFS include/sys/zfs_znode.h; module/os/linux/zfs/zfs_znode_os.c `zfs_mknode`.

/// What a znode is: decides `S_IFMT`, the SA layout and the directory-entry type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZnodeKind {
    /// Regular file (`S_IFREG`).
    File,
    /// Directory (`S_IFDIR`): a ZAP of [`dirent`] values.
    Dir,
    /// Symbolic link (`S_IFLNK`) and its target (`ZPL_SYMLINK`).
    Symlink(Vec<u8>),
    /// Named pipe (`S_IFIFO`).
    Fifo,
    /// Unix socket (`S_IFSOCK`).
    Socket,
    /// Character device (`S_IFCHR`): `ZPL_RDEV` holds its number.
    CharDev {
        /// Major number (below 4096: Linux `MINORBITS` is 20 of a 32-bit `dev_t`).
        major: u32,
        /// Minor number (below 2^20).
        minor: u32,
    },
    /// Block device (`S_IFBLK`).
    BlockDev {
        /// Major number (below 4096).
        major: u32,
        /// Minor number (below 2^20).
        minor: u32,
    },
}

/// `S_IFMT`: the file-type bits of a mode.
pub const S_IFMT: u64 = 0o170_000;

impl ZnodeKind {
    /// The `S_IF*` file-type bits of `ZPL_MODE`.
    pub fn ifmt(&self) -> u64 {
        match self {
            ZnodeKind::Fifo => 0o010_000,
            ZnodeKind::CharDev { .. } => 0o020_000,
            ZnodeKind::Dir => 0o040_000,
            ZnodeKind::BlockDev { .. } => 0o060_000,
            ZnodeKind::File => 0o100_000,
            ZnodeKind::Symlink(_) => 0o120_000,
            ZnodeKind::Socket => 0o140_000,
        }
    }

    /// `ZPL_RDEV` for device nodes: the Linux kernel `dev_t` that `mknod` hands to ZFS,
    /// `major << 20 | minor` (`MKDEV`; Linux `zfs_cmpldev` is the identity). `None` otherwise.
    pub fn rdev(&self) -> Option<u64> {
        let (ZnodeKind::CharDev { major, minor } | ZnodeKind::BlockDev { major, minor }) = self
        else {
            return None;
        };
        assert!(
            *major < 1 << 12 && *minor < 1 << 20,
            "device {major}:{minor}"
        );
        Some(u64::from(*major) << 20 | u64::from(*minor))
    }
}

/// A znode's attributes, as `zfs_mknode` (and later setattr calls) leave them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Znode {
    /// File type, with a symlink's target and a device's number.
    pub kind: ZnodeKind,
    /// Permission bits, setuid, setgid and sticky (`0o7777`); the type bits come from `kind`.
    pub mode: u64,
    /// Owner (a plain uid: no FUID domains).
    pub uid: u64,
    /// Group (a plain gid).
    pub gid: u64,
    /// Bytes for files and symlinks (the target length); entries + 2 for directories.
    pub size: u64,
    /// Hard links; 2 + subdirectories for directories.
    pub links: u64,
    /// Object id of the parent directory (the root directory names itself).
    pub parent: u64,
    /// Creation txg (`ZPL_GEN`; `gen` is a keyword in Rust 2024).
    pub generation: u64,
    /// Access time as (seconds, nanoseconds) since the epoch (`ZFS_TIME_ENCODE`).
    pub atime: (u64, u64),
    /// Modification time.
    pub mtime: (u64, u64),
    /// Change time.
    pub ctime: (u64, u64),
    /// Creation time.
    pub crtime: (u64, u64),
    /// `ZPL_PROJID`, announced by `ZFS_PROJID` in the flags: only on files and directories
    /// of a dataset with project accounting (`zfs_mknode`); `None` elsewhere.
    pub project: Option<u64>,
}
