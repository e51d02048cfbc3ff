//! The ZPL file system of one dataset (makefs fs.c): plan object ids from the tree, then
//! write every object in id order — directories as ZAPs, files through the data pipeline —
//! into the dataset's object set.
mod assign; // ids in tree order, hard links sharing one
mod data; // a znode's data: directory ZAP, file blocks, or none
mod files; // the files the data pipeline streams, in object order
mod object; // one tree object: data, dnode, SA bonus, spill block
mod plan; // FsPlan: object ids, parents, link counts, directory entries
mod special; // master node, SA master node, registry, layouts, delete queue
mod write; // the object set: ZPL objects, tree objects, xattr objects, layouts
mod xattr_object; // a hidden xattr directory and its files (zfs_make_xattrdir)
mod xattrs; // each entry's xattrs checked and placed; xattr object ids
mod znode; // a tree entry's attributes as a znode

pub use plan::{FsNode, FsPlan, XattrDir};
pub use write::{FsOptions, write_fs};
