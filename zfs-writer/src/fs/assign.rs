//! Assigns object ids in tree order; every name of a hard-linked file gets the first name's id.
use std::collections::HashMap;

use anvil_tree::{Entry, Kind, Tree};

use super::FsPlan;
use super::plan::FsNode;
use crate::error::{Error, Result};

/// Longest name in a ZPL directory (`ZAP_MAXNAMELEN` − 1).
const MAXNAMELEN: usize = 255;

impl FsPlan {
    /// Assigns ids from `first_id` in tree order.
    pub fn new(tree: &Tree, first_id: u64) -> Result<FsPlan> {
        let mut plan = FsPlan {
            first_id,
            nodes: Vec::new(),
            xattr_dirs: Vec::new(),
        };
        let mut dirs: HashMap<&[u8], u64> = HashMap::new();
        let mut ids: Vec<u64> = Vec::with_capacity(tree.entries().len());
        for (index, e) in tree.entries().iter().enumerate() {
            let (parent_path, name) = split(&e.path);
            check_name(name)?;
            let parent = if index == 0 {
                first_id
            } else {
                dirs[parent_path]
            };
            // Every name of a hard-linked inode gets its first name's object.
            let id = match tree.first_name(index) {
                Some(first) => ids[first],
                None => plan.push(tree, index, e, parent),
            };
            ids.push(id);
            if e.kind == Kind::Dir {
                dirs.insert(&e.path, id);
            }
            if index > 0 {
                plan.node_mut(parent)
                    .children
                    .push((name.to_vec(), id, index));
            }
        }
        Ok(plan)
    }

    /// A new object for entry `index`; a directory's links grow as subdirectories are added.
    fn push(&mut self, tree: &Tree, index: usize, e: &Entry, parent: u64) -> u64 {
        let id = self.first_id + self.nodes.len() as u64;
        let links = match (&e.kind, e.link) {
            (Kind::Dir, _) => 2,
            (_, Some(l)) => u64::from(tree.link_count(l)),
            _ => 1,
        };
        if e.kind == Kind::Dir && index > 0 {
            self.node_mut(parent).links += 1;
        }
        self.nodes.push(FsNode {
            entry: index,
            parent,
            links,
            children: Vec::new(),
            xattrs: None,
            xattr_dir: None,
        });
        id
    }
}

fn check_name(name: &[u8]) -> Result<()> {
    if name.len() <= MAXNAMELEN {
        return Ok(());
    }
    let name = String::from_utf8_lossy(name).into_owned();
    Err(Error::NameTooLong {
        len: name.len(),
        name,
        max: MAXNAMELEN,
    })
}

/// `a/b/c` → (`a/b`, `c`); `c` → (``, `c`).
fn split(path: &[u8]) -> (&[u8], &[u8]) {
    match path.iter().rposition(|&b| b == b'/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => (&path[..0], path),
    }
}
