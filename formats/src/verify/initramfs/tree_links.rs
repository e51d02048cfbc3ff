//! Sizes and hard-link grouping of one archive entry against the tree: an archive inode is
//! one tree hard-link group, and only a hard-linked name may leave its data to another.
use anvil_tree::Kind;

use super::entry::Member;
use super::links::Key;
use super::tree::TreeCheck;
use crate::error::Result;
use crate::verify::content::{Expected, differs};

impl TreeCheck<'_> {
    /// Checks the size of entry `i` as archived in `m`, and its link group (`key`: the
    /// archive inode when `m` is a name of a hard-linked one).
    pub(crate) fn size_and_links(&mut self, i: usize, m: &Member, key: Option<Key>) -> Result<()> {
        let e = &self.tree.entries()[i];
        let name = &m.name[..];
        let group = e.link.filter(|&g| self.tree.link_count(g) > 1);
        if let Kind::File { size, .. } = e.kind {
            let left_to_another = key.is_some() && m.h.filesize == 0;
            if u64::from(m.h.filesize) != size && !left_to_another {
                let msg = format!("size: image {}, tree {size}", m.h.filesize);
                return Err(differs(name, msg));
            }
            if let (Some(g), true) = (group, m.h.filesize > 0 || size == 0) {
                self.with_data.insert(g);
            }
        }
        match (group, key) {
            (None, None) => Ok(()),
            (Some(_), None) => Err(differs(name, "hard-linked in the tree, not in the image")),
            (None, Some(k)) => {
                let msg = format!("hard-linked in the image (inode {}), not in the tree", k.3);
                Err(differs(name, msg))
            }
            (Some(g), Some(k)) => {
                let same = *self.groups.entry(g).or_insert(k) == k;
                if same && *self.keys.entry(k).or_insert(g) == g {
                    return Ok(());
                }
                let msg = format!(
                    "inode {} groups other names than the tree's hard links",
                    k.3
                );
                Err(differs(name, msg))
            }
        }
    }

    /// The tree's bytes of entry `i` if `m` carries its data.
    pub(crate) fn content(&self, i: usize, m: &Member) -> Result<Option<Expected>> {
        match &self.tree.entries()[i].kind {
            Kind::File { source, size } if m.h.filesize > 0 => {
                Expected::open(source, *size, &m.name).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Every tree entry had its name in the image, and every hard-linked file its data.
    pub(crate) fn finish(&self) -> Result<()> {
        for (i, e) in self.tree.entries().iter().enumerate().skip(1) {
            if !self.seen[i] {
                return Err(differs(&e.path, "is in the tree, not in the image"));
            }
            if let (Kind::File { size, .. }, Some(g)) = (&e.kind, e.link)
                && *size > 0
                && !self.with_data.contains(&g)
            {
                return Err(differs(
                    &e.path,
                    "no name of this hard-linked file carries its data",
                ));
            }
        }
        Ok(())
    }
}
