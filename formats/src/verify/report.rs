//! What a verification found: counts of what the image holds, and the files an ISO adds.
use std::fmt;

/// What a verified image holds. Counts are of entries in the image; the ISO counts each
/// directory record once (a hard-linked file under two names is two entries, one inode).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// "initramfs" or "ISO 9660".
    pub format: &'static str,
    /// Image size in bytes.
    pub size: u64,
    /// Entries (names), the root and the cpio trailer not counted.
    pub entries: u64,
    /// Directories among them.
    pub dirs: u64,
    /// Regular files among them.
    pub files: u64,
    /// Symbolic links among them.
    pub symlinks: u64,
    /// Device nodes, FIFOs and sockets among them.
    pub specials: u64,
    /// Names that are a second or later name of an inode.
    pub hard_links: u64,
    /// Bytes of file data stored, each inode once.
    pub file_bytes: u64,
    /// gzip members (initramfs).
    pub members: u64,
    /// cpio archives, each ended by its trailer (initramfs).
    pub archives: u64,
    /// Bytes of the uncompressed cpio stream (initramfs).
    pub unpacked: u64,
    /// File extents (ISO; a multi-extent file has several).
    pub extents: u64,
    /// Boot entries found: El Torito entries, partitions, the ESP (ISO).
    pub boot: Vec<String>,
    /// Files of the image that are not in the tree (the ISO's boot files), when a tree was given.
    pub extras: Vec<String>,
    /// Whether every entry was compared with a tree.
    pub tree_checked: bool,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} image of {} bytes: OK", self.format, self.size)?;
        let kinds = (self.dirs, self.files, self.symlinks, self.specials);
        writeln!(
            f,
            "  {} entries: {} directories, {} files, {} symlinks, {} special; {} hard links",
            self.entries, kinds.0, kinds.1, kinds.2, kinds.3, self.hard_links
        )?;
        writeln!(f, "  {} bytes of file data", self.file_bytes)?;
        if self.members + self.archives > 0 {
            let (m, a, u) = (self.members, self.archives, self.unpacked);
            writeln!(
                f,
                "  {m} gzip members, {a} cpio archives, {u} bytes unpacked"
            )?;
        }
        if self.extents > 0 {
            writeln!(f, "  {} file extents", self.extents)?;
        }
        for b in &self.boot {
            writeln!(f, "  boot: {b}")?;
        }
        for x in &self.extras {
            writeln!(f, "  not in the tree: /{x}")?;
        }
        let judged = if self.tree_checked {
            "equal to the tree"
        } else {
            "no tree given"
        };
        writeln!(f, "  contents: {judged}")
    }
}
