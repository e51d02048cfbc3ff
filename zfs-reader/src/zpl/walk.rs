//! Every name reachable from the root directory (zfs_dir.c): directory ZAPs hold
//! `ZFS_DIRENT_MAKE(type, object)`; each directory is entered once.
use std::collections::HashSet;

use super::sa::SaTable;
use super::znode::Znode;
use crate::dmu::Objset;
use crate::error::{Result, corrupt, ensure};
use crate::pool::Pool;

/// `S_IFMT`, `S_IFDIR`.
pub(super) const S_IFMT: u64 = 0o170_000;
const S_IFDIR: u64 = 0o040_000;

/// One name: its path from the root ("" for the root) and its znode.
pub(super) struct Node {
    pub path: Vec<u8>,
    pub z: Znode,
}

impl Pool<'_> {
    /// Every name below `root`, the root first, each directory's entries in ZAP order.
    pub(super) fn zpl_walk(&self, os: &Objset, sa: &SaTable, root: u64) -> Result<Vec<Node>> {
        let (mut out, mut todo, mut dirs) = (Vec::new(), vec![(Vec::new(), root)], HashSet::new());
        while let Some((path, obj)) = todo.pop() {
            let at = format!(
                "{} object {obj} (/{})",
                os.name,
                String::from_utf8_lossy(&path)
            );
            let z = self.znode(os, sa, obj, &at)?;
            let mode = z
                .u64("ZPL_MODE")
                .ok_or_else(|| corrupt(&at, "no ZPL_MODE"))?;
            if mode & S_IFMT == S_IFDIR {
                ensure(dirs.insert(obj), &at, || {
                    "directory reached twice (a cycle)".into()
                })?;
                for e in self.zap_of(&z.dn, &at)? {
                    let v = e
                        .value()
                        .ok_or_else(|| corrupt(&at, "directory entry value"))?;
                    ensure(!e.name.is_empty() && !e.name.contains(&b'/'), &at, || {
                        format!("entry name {:?}", e.name)
                    })?;
                    let mut child = path.clone();
                    if !child.is_empty() {
                        child.push(b'/');
                    }
                    child.extend_from_slice(&e.name);
                    todo.push((child, v & ((1 << 48) - 1)));
                }
            }
            out.push(Node { path, z });
        }
        Ok(out)
    }
}
