//! The loaded tree: entries in writing order, hard-link groups, and what loading skipped.
use std::collections::BTreeSet;

use crate::entry::{Entry, Kind};

/// The loaded tree: entries in writing order and hard-link groups.
#[derive(Clone, Debug)]
pub struct Tree {
    entries: Vec<Entry>,
    /// Per hard-link group: how many names it has, and the index of its first name.
    links: Vec<(u32, usize)>,
    warnings: Vec<String>,
}

impl Tree {
    /// `link_sizes[id]` is the size of group `id`; each group's first name is its first
    /// entry in `entries`.
    pub(crate) fn new(entries: Vec<Entry>, link_sizes: Vec<u32>, warnings: Vec<String>) -> Tree {
        let mut links: Vec<(u32, usize)> =
            link_sizes.into_iter().map(|n| (n, usize::MAX)).collect();
        for (i, e) in entries.iter().enumerate() {
            if let Some(id) = e.link {
                let first = &mut links[id as usize].1;
                *first = (*first).min(i);
            }
        }
        Tree {
            entries,
            links,
            warnings,
        }
    }

    /// Every entry, the root (empty path) first, parents before children.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries share hard-link group `id`.
    pub fn link_count(&self, id: u32) -> u32 {
        self.links[id as usize].0
    }

    /// For entry `index` that is a later name of a hard-link group, the index of the
    /// group's first name (which writers store the inode with); `None` for first names and
    /// unlinked entries. The one hard-link grouping every writer follows.
    pub fn first_name(&self, index: usize) -> Option<usize> {
        let id = self.entries[index].link?;
        let first = self.links[id as usize].1;
        (first != index).then_some(first)
    }

    /// Things skipped or adjusted while loading (sockets in the walk…).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Bytes of regular-file data, each hard-linked inode counted once.
    pub fn file_bytes(&self) -> u64 {
        let files = self.entries.iter().enumerate();
        let sizes = files.filter_map(|(i, e)| match e.kind {
            Kind::File { size, .. } if self.first_name(i).is_none() => Some(size),
            _ => None,
        });
        sizes.sum()
    }

    /// How many inodes carry extended attributes, and the attribute names among them
    /// (for writers whose format cannot store them).
    pub fn xattr_summary(&self) -> (usize, BTreeSet<Vec<u8>>) {
        let mut names = BTreeSet::new();
        let mut count = 0;
        for (i, e) in self.entries.iter().enumerate() {
            if e.xattrs.is_empty() || self.first_name(i).is_some() {
                continue;
            }
            count += 1;
            names.extend(e.xattrs.iter().map(|x| x.name.clone()));
        }
        (count, names)
    }
}
