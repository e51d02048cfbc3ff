//! Hard links within one archive: names of a non-directory with `c_nlink > 1` that share
//! `(c_maj, c_min, c_ino)` are one inode (buffer-format.rst "Handling of hard links"); the
//! trailer ends the table. Every name of such an inode must be in the archive.
use std::collections::HashMap;

use super::entry::Member;
use crate::error::{Error, Result};

/// What identifies an inode: archive number, `c_maj`, `c_min`, `c_ino`.
pub(crate) type Key = (u64, u32, u32, u32);

/// One inode's names seen so far.
struct Inode {
    nlink: u32,
    names: u32,
    first: String,
}

/// The hard-link table of the current archive.
#[derive(Default)]
pub(crate) struct Links {
    inodes: HashMap<Key, Inode>,
}

impl Links {
    /// The key of `m` if it is a name of a hard-linked inode of archive `archive`, and
    /// whether it is a later name (`true`) of that inode.
    pub(crate) fn add(&mut self, archive: u64, m: &Member) -> Result<Option<(Key, bool)>> {
        let h = &m.h;
        if h.mode & 0o170_000 == 0o040_000 || h.nlink < 2 {
            return Ok(None);
        }
        let key = (archive, h.devmajor, h.devminor, h.ino);
        let shown = String::from_utf8_lossy(&m.name).into_owned();
        let inode = self.inodes.entry(key).or_insert(Inode {
            nlink: h.nlink,
            names: 0,
            first: shown,
        });
        if inode.nlink != h.nlink {
            let what = format!(
                "c_nlink {} differs from {:?}'s {}",
                h.nlink, inode.first, inode.nlink
            );
            return Err(m.corrupt(what));
        }
        inode.names += 1;
        if inode.names > inode.nlink {
            return Err(m.corrupt(format!(
                "inode {} has more names than c_nlink {}",
                h.ino, h.nlink
            )));
        }
        Ok(Some((key, inode.names > 1)))
    }

    /// At the trailer: every hard-linked inode has all its names; the table is emptied.
    pub(crate) fn finish(&mut self, at: &str) -> Result<()> {
        for (key, i) in self.inodes.drain() {
            if i.names != i.nlink {
                return Err(Error::Corrupt {
                    at: at.to_owned(),
                    what: format!(
                        "inode {} ({:?}): c_nlink {} but {} names",
                        key.3, i.first, i.nlink, i.names
                    ),
                });
            }
        }
        Ok(())
    }
}
