//! A [`Tree`] as newc entries: inode numbers, link counts, device numbers and streamed data.
use std::collections::HashMap;
use std::io::{self, Write};

use anvil_tree::{Entry, Kind, Tree};

use super::data::copy_file;
use super::limits::check;
use super::{CpioWriter, NewcHeader};
use crate::error::{Result, io_err};

/// Writes every entry of `tree` but its root, in tree order; hard-linked files share an inode
/// and carry their data once, on the first name. `progress` gets each file's byte count.
pub fn write_tree<W: Write>(
    tree: &Tree,
    mut cpio: CpioWriter<W>,
    progress: &mut dyn FnMut(u64),
) -> Result<W> {
    check(tree)?;
    let subdirs = count_subdirs(tree);
    for (i, entry) in tree.entries().iter().enumerate().skip(1) {
        // Every name of an inode carries the inode number of its first name.
        let later = tree.first_name(i);
        let (ino, first) = (later.unwrap_or(i) as u32, later.is_none());
        let nlink = match (&entry.kind, entry.link) {
            (Kind::Dir, _) => 2 + subdirs.get(entry.path.as_slice()).copied().unwrap_or(0),
            (_, Some(id)) => tree.link_count(id),
            _ => 1,
        };
        let header = header_of(entry, ino, nlink);
        let fail = |e: io::Error| io_err("writing the archive entry for", lossy(&entry.path))(e);
        match &entry.kind {
            Kind::File { source, size } if first => {
                copy_file(&mut cpio, &header, &entry.path, source, *size)?;
                progress(*size);
            }
            Kind::Symlink { target } => cpio
                .add(&header, &entry.path, target.len() as u32, &mut &target[..])
                .map_err(fail)?,
            _ => cpio
                .add(&header, &entry.path, 0, &mut io::empty())
                .map_err(fail)?,
        }
    }
    cpio.finish()
        .map_err(io_err("finishing the archive", "TRAILER!!!"))
}

fn header_of(entry: &Entry, ino: u32, nlink: u32) -> NewcHeader {
    let (rdevmajor, rdevminor) = entry.kind.rdev();
    let mtime = entry.meta.mtime.sec.clamp(0, i64::from(u32::MAX)) as u32;
    let mode = entry.kind.type_bits() | entry.meta.mode;
    let (uid, gid) = (entry.meta.uid, entry.meta.gid);
    NewcHeader {
        ino,
        mode,
        uid,
        gid,
        nlink,
        mtime,
        rdevmajor,
        rdevminor,
        ..Default::default()
    }
}

/// Directory link counts: 2 plus one per child directory, as a filesystem would report.
fn count_subdirs(tree: &Tree) -> HashMap<&[u8], u32> {
    let mut counts = HashMap::new();
    for e in tree
        .entries()
        .iter()
        .skip(1)
        .filter(|e| e.kind == Kind::Dir)
    {
        let parent = e
            .path
            .iter()
            .rposition(|&b| b == b'/')
            .map_or(&e.path[..0], |i| &e.path[..i]);
        *counts.entry(parent).or_insert(0) += 1;
    }
    counts
}

fn lossy(path: &[u8]) -> String {
    String::from_utf8_lossy(path).into_owned()
}
