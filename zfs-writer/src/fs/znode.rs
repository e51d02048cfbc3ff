//! A tree entry's attributes as a znode. Times all come from the entry's mtime (clamped to
//! `SOURCE_DATE_EPOCH` by the tree): atime = ctime = crtime = mtime, so images reproduce.
//! OpenZFS zfs_znode_os.c (`zfs_mknode`): a directory's size is 2 + its entries.
use anvil_tree::{Entry, Kind};

use super::FsNode;
use crate::zpl::{Znode, ZnodeKind};

/// The znode of object `node`, whose first name is `e`, created in txg `txg`; with
/// `projects`, files and directories carry project 0.
pub fn znode(node: &FsNode, e: &Entry, txg: u64, projects: bool) -> Znode {
    let kind = kind_of(&e.kind);
    let size = match &e.kind {
        Kind::Dir => 2 + node.children.len() as u64,
        Kind::File { size, .. } => *size,
        Kind::Symlink { target } => target.len() as u64,
        _ => 0,
    };
    // ZFS keeps signed seconds (`ZFS_TIME_DECODE` casts to time_t): times before 1970 stay.
    let t = (
        e.meta.mtime.sec.cast_unsigned(),
        u64::from(e.meta.mtime.nsec),
    );
    Znode {
        project: project_of(&kind, projects),
        kind,
        mode: u64::from(e.meta.mode),
        uid: u64::from(e.meta.uid),
        gid: u64::from(e.meta.gid),
        size,
        links: node.links,
        parent: node.parent,
        generation: txg,
        atime: t,
        mtime: t,
        ctime: t,
        crtime: t,
    }
}

/// `ZPL_PROJID` of a new znode of `kind`: with project accounting on, files and directories
/// get `ZFS_DEFAULT_PROJID` (0: the tree gives none, and no parent has `ZFS_PROJINHERIT`);
/// other kinds have no project (`zfs_mknode`, `zfs_inherit_projid`).
pub fn project_of(kind: &ZnodeKind, projects: bool) -> Option<u64> {
    let kinds = matches!(kind, ZnodeKind::File | ZnodeKind::Dir);
    (projects && kinds).then_some(0)
}

/// The ZPL kind of a tree kind.
pub fn kind_of(kind: &Kind) -> ZnodeKind {
    match kind {
        Kind::Dir => ZnodeKind::Dir,
        Kind::File { .. } => ZnodeKind::File,
        Kind::Symlink { target } => ZnodeKind::Symlink(target.clone()),
        Kind::Fifo => ZnodeKind::Fifo,
        Kind::Socket => ZnodeKind::Socket,
        Kind::CharDev { major, minor } => ZnodeKind::CharDev {
            major: *major,
            minor: *minor,
        },
        Kind::BlockDev { major, minor } => ZnodeKind::BlockDev {
            major: *major,
            minor: *minor,
        },
    }
}
