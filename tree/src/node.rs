//! The nested tree that the walk builds and the spec edits before it is flattened.
use std::collections::BTreeMap;

use crate::entry::{Kind, Xattr};
use crate::meta::Meta;

/// Which inode a node belongs to, for hard-link grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum LinkKey {
    /// A host inode `(st_dev, st_ino)` seen by the walk.
    Host(u64, u64),
    /// A spec `file` line (its line number) with extra hard-link names.
    Spec(usize),
    /// An [`crate::Addition`] (its index) with extra hard-link names.
    Added(usize),
    /// An archive member (the stream offset of the first hard link's header).
    Archive(u64),
}

/// One object and, for a directory, its children sorted by name bytes.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub kind: Kind,
    pub meta: Meta,
    pub link: Option<LinkKey>,
    /// Sorted by name bytes, each name once.
    pub xattrs: Vec<Xattr>,
    pub children: BTreeMap<Vec<u8>, Node>,
}

impl Node {
    /// A node with no children.
    pub fn leaf(kind: Kind, meta: Meta, link: Option<LinkKey>) -> Node {
        let children = BTreeMap::new();
        Node {
            kind,
            meta,
            link,
            xattrs: Vec::new(),
            children,
        }
    }

    /// Every node of the subtree, parents first, for in-place edits.
    pub fn for_each_mut(&mut self, f: &mut dyn FnMut(&mut Node)) {
        f(self);
        for child in self.children.values_mut() {
            child.for_each_mut(f);
        }
    }
}
