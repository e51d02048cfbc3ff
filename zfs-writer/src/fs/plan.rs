//! The tree as ZPL objects: object ids, parents, link counts and directory entries.
//! OpenZFS zfs_znode_os.c (`zfs_mknode`): a directory's size is 2 + its entries and its
//! links 2 + its subdirectories. `assign` builds it, `xattrs` adds the xattr objects.
use crate::zpl::EntryXattrs;

/// One ZPL object of the tree.
#[derive(Clone, Debug)]
pub struct FsNode {
    /// Index in `tree.entries()` of the object's first name.
    pub entry: usize,
    /// Object id of the parent directory of that name (the root is its own parent).
    pub parent: u64,
    /// `ZPL_LINKS`.
    pub links: u64,
    /// Directories: `(name, object id, entry index)` of each child, in tree order.
    pub children: Vec<(Vec<u8>, u64, usize)>,
    /// The entry's extended attributes as the kernel would keep them, if it has any.
    pub xattrs: Option<EntryXattrs>,
    /// Object id of its hidden xattr directory, when some attributes live there.
    pub xattr_dir: Option<u64>,
}

/// A hidden xattr directory: object `id`, its files at `id + 1 …` in name order.
#[derive(Clone, Debug)]
pub struct XattrDir {
    /// The directory's object id.
    pub id: u64,
    /// Object id of the file or directory whose attributes it holds.
    pub owner: u64,
    /// The number of attribute files.
    pub files: u64,
}

/// Every tree object, indexed by `id - first_id`.
#[derive(Clone, Debug)]
pub struct FsPlan {
    /// Object id of the root directory; tree objects follow it.
    pub first_id: u64,
    /// The objects.
    pub nodes: Vec<FsNode>,
    /// The xattr directories, after every tree object, in owner order.
    pub xattr_dirs: Vec<XattrDir>,
}

impl FsPlan {
    /// The highest object id.
    pub fn max_id(&self) -> u64 {
        self.first_id + self.nodes.len() as u64 - 1
    }

    /// The highest object id of the tree objects and xattr objects.
    pub fn last_id(&self) -> u64 {
        let last = self.xattr_dirs.last();
        last.map_or(self.max_id(), |d| d.id + d.files)
    }

    /// The node of object `id`.
    pub fn node(&self, id: u64) -> &FsNode {
        &self.nodes[(id - self.first_id) as usize]
    }

    pub(super) fn node_mut(&mut self, id: u64) -> &mut FsNode {
        &mut self.nodes[(id - self.first_id) as usize]
    }
}
