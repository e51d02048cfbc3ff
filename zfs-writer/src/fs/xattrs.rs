//! The entries' extended attributes as the kernel would keep them, and the object ids of the
//! hidden xattr directories and their files: after every tree object, in owner order, each
//! directory followed by its files in name order (as `zfs_make_xattrdir`, then `zfs_create`
//! of each, would allocate them). OpenZFS module/os/linux/zfs/zpl_xattr.c, zfs_dir.c.
use anvil_tree::Tree;

use super::FsPlan;
use super::plan::XattrDir;
use super::znode::kind_of;
use crate::error::{Error, Result};
use crate::zpl::{XattrPolicy, plan_xattrs};

impl FsPlan {
    /// Plans every tree object's xattrs under `policy`; refuses what the kernel refuses.
    pub fn plan_xattrs(&mut self, tree: &Tree, policy: XattrPolicy) -> Result<()> {
        let mut next = self.max_id() + 1;
        for index in 0..self.nodes.len() {
            let e = &tree.entries()[self.nodes[index].entry];
            if e.xattrs.is_empty() {
                continue;
            }
            let kind = kind_of(&e.kind);
            let planned = plan_xattrs(&kind, u64::from(e.meta.mode), &e.xattrs, policy);
            let x = planned.map_err(|(name, why)| Error::Xattr {
                path: String::from_utf8_lossy(&e.path).into_owned(),
                name,
                why,
            })?;
            let files = x.placement.dir.len() as u64;
            let node = &mut self.nodes[index];
            if files > 0 {
                let owner = self.first_id + index as u64;
                self.xattr_dirs.push(XattrDir {
                    id: next,
                    owner,
                    files,
                });
                node.xattr_dir = Some(next);
                next += 1 + files;
            }
            node.xattrs = Some(x);
        }
        Ok(())
    }
}
