//! Reads a host directory into nodes: no symlink is followed, sockets are skipped with a warning.
use std::fs::{self, Metadata};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use crate::entry::Kind;
use crate::error::{Result, io_err};
use crate::meta::{Meta, Time};
use crate::node::{LinkKey, Node};
use crate::source::Source;
use crate::xattrs;

/// Walks directory `root`, whose metadata is `md`, into a node tree.
pub(crate) fn walk(root: &Path, md: &Metadata, warnings: &mut Vec<String>) -> Result<Node> {
    walk_dir(root, md, warnings)
}

fn walk_dir(dir: &Path, md: &Metadata, warnings: &mut Vec<String>) -> Result<Node> {
    let mut node = Node::leaf(Kind::Dir, meta_of(md), None);
    node.xattrs = xattrs::read(dir)?;
    for item in fs::read_dir(dir).map_err(io_err("reading directory", dir))? {
        let item = item.map_err(io_err("reading directory", dir))?;
        let path = item.path();
        let md = fs::symlink_metadata(&path).map_err(io_err("reading metadata of", &path))?;
        let child = if md.is_dir() {
            Some(walk_dir(&path, &md, warnings)?)
        } else {
            leaf_of(&path, &md, warnings)?
        };
        if let Some(child) = child {
            node.children
                .insert(item.file_name().as_bytes().to_vec(), child);
        }
    }
    Ok(node)
}

fn leaf_of(path: &Path, md: &Metadata, warnings: &mut Vec<String>) -> Result<Option<Node>> {
    let ft = md.file_type();
    let (major, minor) = split_dev(md.rdev());
    let kind = if ft.is_file() {
        Kind::File {
            source: Source::Host(path.to_owned()),
            size: md.len(),
        }
    } else if ft.is_symlink() {
        let target = fs::read_link(path).map_err(io_err("reading link", path))?;
        Kind::Symlink {
            target: target.as_os_str().as_bytes().to_vec(),
        }
    } else if ft.is_fifo() {
        Kind::Fifo
    } else if ft.is_char_device() {
        Kind::CharDev { major, minor }
    } else if ft.is_block_device() {
        Kind::BlockDev { major, minor }
    } else {
        warnings.push(format!("skipping socket {}", path.display()));
        return Ok(None);
    };
    let link = (md.nlink() > 1).then(|| LinkKey::Host(md.dev(), md.ino()));
    let mut node = Node::leaf(kind, meta_of(md), link);
    node.xattrs = xattrs::read(path)?;
    Ok(Some(node))
}

fn meta_of(md: &Metadata) -> Meta {
    let mtime = Time {
        sec: md.mtime(),
        nsec: md.mtime_nsec() as u32,
    };
    Meta {
        mode: md.mode() & 0o7777,
        uid: md.uid(),
        gid: md.gid(),
        mtime,
    }
}

/// Splits a Linux `dev_t` into major and minor (glibc `gnu_dev_major`/`gnu_dev_minor`).
fn split_dev(rdev: u64) -> (u32, u32) {
    let major = ((rdev >> 32) & 0xffff_f000) | ((rdev >> 8) & 0x0fff);
    let minor = ((rdev >> 12) & 0xffff_ff00) | (rdev & 0x00ff);
    (major as u32, minor as u32)
}
