//! One entry of our tree → one hadris node. Every node gets its mode, owner and times
//! explicitly (atime = mtime, as makefs does), so no host clock or atime leaks in.
use std::io;
use std::path::Path;

use anvil_tree::{Kind, Meta, Time};
use hadris_fs::{Content, DateTime, DeviceNumber, FileType, Node, Owner, Permissions, SetAttr};

use super::tree::{image_path, path_err};
use crate::error::{Error, Result, io_err};

/// The node for `kind`, without attributes; files are read lazily from the host.
pub(super) fn node(kind: &Kind) -> Result<Node> {
    let dev = |major, minor| Some(DeviceNumber::new(major, minor));
    Ok(match kind {
        Kind::Dir => Node::dir(),
        Kind::File { source, size } => Node::file(content(source, *size)?),
        Kind::Symlink { target } => Node::symlink(target),
        Kind::Fifo => Node::special(FileType::Fifo, None),
        Kind::Socket => Node::special(FileType::Socket, None),
        Kind::CharDev { major, minor } => Node::special(FileType::CharDevice, dev(*major, *minor)),
        Kind::BlockDev { major, minor } => {
            Node::special(FileType::BlockDevice, dev(*major, *minor))
        }
    })
}

/// A host file as lazily read content, which must still have the size the tree recorded.
fn content(source: &Path, size: u64) -> Result<Content> {
    let content = hadris_fs::host::file(source).map_err(path_err("opening", source))?;
    match content.len() == size {
        true => Ok(content),
        false => Err(Error::Changed {
            path: source.to_owned(),
            expected: size,
            found: content.len(),
        }),
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
