//! One entry of our tree → one hadris node. Every node gets its mode, owner and times
//! explicitly (atime = mtime, as makefs does), so no host clock or atime leaks in.
use std::io::{self, Read};

use anvil_tree::{Kind, Meta, SizeChanged, Source, Time};
use hadris_fs::{Content, DateTime, DeviceNumber, FileType, Node, Owner, Permissions, SetAttr};

use super::tree::{image_path, path_err};
use crate::error::{Result, io_err};

/// The node for `kind`, without attributes; files are read lazily from the host.
pub(super) fn node(kind: &Kind, path: &[u8]) -> Result<Node> {
    let dev = |major, minor| Some(DeviceNumber::new(major, minor));
    Ok(match kind {
        Kind::Dir => Node::dir(),
        Kind::File { source, size } => Node::file(content(source, *size, path)?),
        Kind::Symlink { target } => Node::symlink(target),
        Kind::Fifo => Node::special(FileType::Fifo, None),
        Kind::Socket => Node::special(FileType::Socket, None),
        Kind::CharDev { major, minor } => Node::special(FileType::CharDevice, dev(*major, *minor)),
        Kind::BlockDev { major, minor } => {
            Node::special(FileType::BlockDevice, dev(*major, *minor))
        }
    })
}

/// A file's bytes as hadris content: a host file read lazily, which must still have the
/// size the tree recorded; other sources are read through the tree's size-checked reader.
fn content(source: &Source, size: u64, path: &[u8]) -> Result<Content> {
    let shown = source.describe(path);
    let Some(host) = source.host_path() else {
        let mut bytes = Vec::new();
        let mut reader = source.open(size).map_err(io_err("reading", &shown))?;
        reader
            .read_to_end(&mut bytes)
            .map_err(io_err("reading", &shown))?;
        return Ok(Content::bytes(bytes));
    };
    let content = hadris_fs::host::file(host).map_err(path_err("opening", host))?;
    match content.len() == size {
        true => Ok(content),
        false => {
            let (expected, found) = (size, content.len());
            let changed =
                io::Error::new(io::ErrorKind::InvalidData, SizeChanged { expected, found });
            Err(io_err("reading", shown)(changed))
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
