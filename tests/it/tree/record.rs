//! What an oracle can observe of one entry, and a manifest of them.
use std::collections::BTreeMap;

/// What an oracle sees of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// `d` dir, `f` file, `l` symlink, `p` fifo, `c`/`b` device, `s` socket.
    pub kind: char,
    /// Permission bits (`& 0o7777`).
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    /// Size of files and symlinks; directories' sizes are filesystem-specific and left out.
    pub size: Option<u64>,
    pub nlink: u64,
    pub mtime: i64,
    /// SHA-256 of a file, target of a symlink, `major:minor` of a device, else empty.
    pub extra: String,
    /// For inodes with several names: the first of them in byte order.
    pub group: Option<Vec<u8>>,
}

/// Records by path (relative, `/`-separated bytes, no leading slash).
pub type Manifest = BTreeMap<Vec<u8>, Record>;
