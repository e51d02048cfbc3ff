//! An archive's entries against the tree: every entry once, with its type, mode, owner,
//! mtime (seconds, clamped to 32 bits as the writer does), size, target and device numbers.
use std::collections::{HashMap, HashSet};

use anvil_tree::{Kind, Tree};

use super::entry::Member;
use super::links::Key;
use crate::error::Result;
use crate::verify::content::differs;

/// What the archive has matched of the tree so far.
pub(crate) struct TreeCheck<'t> {
    pub(crate) tree: &'t Tree,
    index: HashMap<&'t [u8], usize>,
    pub(crate) seen: Vec<bool>,
    /// Tree hard-link group ↔ archive inode, both ways.
    pub(crate) groups: HashMap<u32, Key>,
    pub(crate) keys: HashMap<Key, u32>,
    /// Groups whose data one of their names carried.
    pub(crate) with_data: HashSet<u32>,
}

impl<'t> TreeCheck<'t> {
    /// Indexes `tree` by path; its root is not an archive entry.
    pub(crate) fn new(tree: &'t Tree) -> TreeCheck<'t> {
        let index = tree.entries().iter().enumerate().skip(1);
        let index = index.map(|(i, e)| (&e.path[..], i)).collect();
        let (groups, keys, with_data) = Default::default();
        let seen = vec![false; tree.entries().len()];
        TreeCheck {
            tree,
            index,
            seen,
            groups,
            keys,
            with_data,
        }
    }

    /// Compares the metadata of `m` (and a symlink's `target`) with its tree entry,
    /// returning that entry's index.
    pub(crate) fn entry(
        &mut self,
        m: &Member,
        key: Option<Key>,
        target: Option<&[u8]>,
    ) -> Result<usize> {
        let name = &m.name[..];
        let Some(&i) = self.index.get(name) else {
            return Err(differs(name, "is in the image, not in the tree"));
        };
        if std::mem::replace(&mut self.seen[i], true) {
            return Err(differs(name, "is twice in the image"));
        }
        let e = &self.tree.entries()[i];
        let (rmaj, rmin) = e.kind.rdev();
        let mtime = e.meta.mtime.sec.clamp(0, i64::from(u32::MAX)) as u32;
        let fields = [
            ("mode", m.h.mode, e.kind.type_bits() | e.meta.mode),
            ("uid", m.h.uid, e.meta.uid),
            ("gid", m.h.gid, e.meta.gid),
            ("mtime", m.h.mtime, mtime),
            ("rdevmajor", m.h.rdevmajor, rmaj),
            ("rdevminor", m.h.rdevminor, rmin),
        ];
        for (field, image, tree) in fields {
            if image != tree {
                return Err(differs(
                    name,
                    format!("{field}: image {image:#o}, tree {tree:#o}"),
                ));
            }
        }
        if let Kind::Symlink { target: want } = &e.kind
            && target != Some(&want[..])
        {
            let got = String::from_utf8_lossy(target.unwrap_or_default());
            let want = String::from_utf8_lossy(want);
            return Err(differs(
                name,
                format!("symlink target: image {got:?}, tree {want:?}"),
            ));
        }
        self.size_and_links(i, m, key)?;
        Ok(i)
    }
}
