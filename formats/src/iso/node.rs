//! One entry of our tree → one hadris node. Every node gets its mode, owner and times
//! explicitly (atime = mtime, as makefs does), so no host clock or atime leaks in.
use std::io;

use anvil_tree::{Kind, Meta, Time};
use hadris_fs::{Content, DateTime, DeviceNumber, FileType, Node, Owner, Permissions, SetAttr};

use super::tree::image_path;
use crate::error::{Result, io_err};

/// The node for `kind`, without attributes; a file gets `content` (read lazily).
pub(super) fn node(kind: &Kind, content: impl FnOnce() -> Content) -> Node {
    let dev = |major, minor| Some(DeviceNumber::new(major, minor));
    match kind {
        Kind::Dir => Node::dir(),
        Kind::File { .. } => Node::file(content()),
        Kind::Symlink { target } => Node::symlink(target),
        Kind::Fifo => Node::special(FileType::Fifo, None),
        Kind::Socket => Node::special(FileType::Socket, None),
        Kind::CharDev { major, minor } => Node::special(FileType::CharDevice, dev(*major, *minor)),
        Kind::BlockDev { major, minor } => {
            Node::special(FileType::BlockDevice, dev(*major, *minor))
        }
    }
}

pub(super) fn attrs(meta: &Meta, path: &[u8]) -> Result<SetAttr> {
    let time = date(meta.mtime).map_err(|e| io_err("dating", image_path(path))(e))?;
    Ok(SetAttr::new()
        .with_modified(time)
        .with_accessed(time)
        .with_permissions(Permissions::new(meta.mode))
        .with_owner(Owner::new(meta.uid, meta.gid)))
}

/// Our time as hadris's, failing for times it cannot represent.
pub(super) fn date(t: Time) -> io::Result<DateTime> {
    DateTime::new(t.sec, t.nsec).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))
}
