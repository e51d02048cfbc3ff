//! The tree against the pool (what `zdb -r` proves for one file, for all): the same paths,
//! the same hard-link groups, and each entry equal (`entry.rs`).
use std::collections::{HashMap, HashSet};

use anvil_tree::{Entry, Tree};

use super::sa::SaTable;
use super::walk::Node;
use crate::dmu::Objset;
use crate::error::{Error, Result};
use crate::pool::Pool;

pub(super) fn mismatch(path: &[u8], what: String) -> Error {
    Error::Tree {
        path: String::from_utf8_lossy(path).into_owned(),
        what,
    }
}

impl Pool<'_> {
    /// Fails at the first entry of `tree` that the walked `nodes` do not hold as it says.
    pub(super) fn compare(
        &self,
        os: &Objset,
        sa: &SaTable,
        nodes: &[Node],
        tree: &Tree,
    ) -> Result<()> {
        let by_path: HashMap<&[u8], &Node> = nodes.iter().map(|n| (&n.path[..], n)).collect();
        let (mut owner, mut group) = (HashMap::new(), HashMap::new());
        for (i, e) in tree.entries().iter().enumerate() {
            let n = by_path
                .get(&e.path[..])
                .ok_or_else(|| mismatch(&e.path, "not in the pool".into()))?;
            let first = tree.first_name(i).unwrap_or(i);
            let claimed = *owner.entry(n.z.obj).or_insert(first);
            let obj = *group.entry(first).or_insert(n.z.obj);
            if claimed != first || obj != n.z.obj {
                return Err(mismatch(
                    &e.path,
                    format!("object {} breaks the hard-link groups", n.z.obj),
                ));
            }
            if first == i {
                self.compare_entry(os, sa, e, n)?;
            }
        }
        if nodes.len() != tree.entries().len() {
            let paths: HashSet<&[u8]> = tree.entries().iter().map(|e| &e.path[..]).collect();
            if let Some(extra) = nodes.iter().find(|n| !paths.contains(&n.path[..])) {
                return Err(mismatch(&extra.path, "in the pool, not in the tree".into()));
            }
        }
        Ok(())
    }
}

pub(super) fn check<T: PartialEq + std::fmt::Debug>(
    e: &Entry,
    what: &str,
    got: T,
    want: T,
) -> Result<()> {
    if got == want {
        Ok(())
    } else {
        Err(mismatch(
            &e.path,
            format!("{what} is {got:?} in the pool, {want:?} in the tree"),
        ))
    }
}
