//! The ZPL of a dataset (include/sys/zfs_znode.h, zfs_sa.h, sa_impl.h): the master node,
//! the System-Attribute registry and layouts, every directory from `ROOT`, and — given a
//! tree — each entry compared with the tree (zdb -r in bulk).
mod compare; // the tree against the walked nodes: metadata, links, xattrs
mod content; // a file's blocks against its source bytes
mod entry; // one entry: metadata, kind, xattrs
mod sa; // SaTable: registry + layouts; a bonus or spill block parsed
mod walk; // Pool::zpl_walk: every name reachable from ROOT
mod xattr; // an entry's xattrs: the ZPL_DXATTR nvlist and the xattr directory
mod znode; // Znode: one object's attributes by name

use anvil_tree::Tree;

use crate::dmu::Objset;
use crate::error::{Result, corrupt};
use crate::pool::Pool;
use crate::zap::lookup;

/// `DMU_OST_ZFS`, `MASTER_NODE_OBJ`.
const DMU_OST_ZFS: u64 = 2;
const MASTER_NODE_OBJ: u64 = 1;

impl Pool<'_> {
    /// Walks the ZPL of `os` (when it is one) and compares it with `tree`; returns the count
    /// of names reached from the root (the root included).
    pub fn zpl(&self, os: &Objset, tree: Option<&Tree>) -> Result<u64> {
        if os.os_type != DMU_OST_ZFS {
            return Ok(0);
        }
        let at = format!("{} master node", os.name);
        let master = self.zap(os, MASTER_NODE_OBJ, &at)?;
        let need = |name| lookup(&master, name).ok_or_else(|| corrupt(&at, format!("no {name}")));
        let (root, sa_obj) = (need("ROOT")?, need("SA_ATTRS")?);
        let sa = self.sa_table(os, sa_obj)?;
        let nodes = self.zpl_walk(os, &sa, root)?;
        if let Some(tree) = tree {
            self.compare(os, &sa, &nodes, tree)?;
        }
        Ok(nodes.len() as u64)
    }
}
