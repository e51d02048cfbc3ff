//! What the archive says about one object, before it is put in the tree.
use std::collections::BTreeMap;

use crate::meta::Meta;
use crate::source::Segment;

/// One archived object.
#[derive(Debug)]
pub(crate) struct Member {
    /// Stream offset of the member's own header (after any `x`/`L`/`K` headers).
    pub offset: u64,
    /// Its name as stored (not yet normalised).
    pub name: Vec<u8>,
    pub what: What,
    pub meta: Meta,
    /// Extended attributes by name, one value each.
    pub xattrs: BTreeMap<Vec<u8>, Vec<u8>>,
    /// Text ACLs: access, default.
    pub acls: [Option<Vec<u8>>; 2],
}

/// The kind of object and what that kind carries.
#[derive(Debug)]
pub(crate) enum What {
    /// A regular file: `size` bytes whose first stored byte is at stream offset `data`,
    /// stored as `sparse` runs when it has holes.
    File {
        data: u64,
        size: u64,
        sparse: Option<Vec<Segment>>,
    },
    /// A hard link to the member named `target`.
    HardLink(Vec<u8>),
    Symlink(Vec<u8>),
    Dir,
    Fifo,
    CharDev(u32, u32),
    BlockDev(u32, u32),
    /// A type flag the tree has no kind for (skipped with a warning).
    Other(u8),
}
