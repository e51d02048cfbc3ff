//! Node tree → entries in writing order, with hard-link groups numbered.
use std::collections::HashMap;

use crate::entry::Entry;
use crate::node::{LinkKey, Node};

/// Entries in preorder (parents first, siblings by name bytes) and each link group's size.
pub(crate) fn flatten(root: Node) -> (Vec<Entry>, Vec<u32>) {
    let mut counts: HashMap<LinkKey, u32> = HashMap::new();
    count_links(&root, &mut counts);
    let mut out = Flat {
        entries: Vec::new(),
        ids: HashMap::new(),
        sizes: Vec::new(),
        counts,
    };
    out.push(Vec::new(), root);
    (out.entries, out.sizes)
}

fn count_links(node: &Node, counts: &mut HashMap<LinkKey, u32>) {
    if let Some(key) = node.link {
        *counts.entry(key).or_default() += 1;
    }
    node.children.values().for_each(|c| count_links(c, counts));
}

struct Flat {
    entries: Vec<Entry>,
    ids: HashMap<LinkKey, u32>,
    sizes: Vec<u32>,
    counts: HashMap<LinkKey, u32>,
}

impl Flat {
    fn push(&mut self, path: Vec<u8>, node: Node) {
        let link = node
            .link
            .filter(|key| self.counts[key] > 1)
            .map(|key| self.link_id(key));
        let entry = Entry {
            path,
            kind: node.kind,
            meta: node.meta,
            link,
            xattrs: node.xattrs,
        };
        let prefix = entry.path.clone();
        self.entries.push(entry);
        for (name, child) in node.children {
            let mut path = prefix.clone();
            if !path.is_empty() {
                path.push(b'/');
            }
            path.extend_from_slice(&name);
            self.push(path, child);
        }
    }

    /// Groups seen by only one name are plain files, not links.
    fn link_id(&mut self, key: LinkKey) -> u32 {
        let next = self.sizes.len() as u32;
        let id = *self.ids.entry(key).or_insert(next);
        if id == next {
            self.sizes.push(self.counts[&key]);
        }
        id
    }
}
