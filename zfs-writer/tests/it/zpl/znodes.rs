//! Znodes for the tests: a reference object's as zdb decoded it, or a plain new one.
use zfs_writer::zpl::{S_IFMT, Znode, ZnodeKind};

use super::fixtures::Reference;
use super::times::reference_times;

impl Reference {
    /// The znode as zdb decoded it, with the times from `times.rs`.
    pub fn znode(&self) -> Znode {
        let mode = self.number("mode", 8);
        let [atime, mtime, ctime, crtime] = reference_times(self.object);
        Znode {
            kind: self.kind(mode & S_IFMT),
            mode: mode & 0o7777,
            uid: self.number("uid", 10),
            gid: self.number("gid", 10),
            size: self.number("size", 10),
            links: self.number("links", 10),
            parent: self.number("parent", 10),
            generation: self.number("gen", 10),
            atime,
            mtime,
            ctime,
            crtime,
            project: None,
        }
    }

    fn kind(&self, ifmt: u64) -> ZnodeKind {
        let dev = || {
            let rdev = self.number("rdev", 16);
            ((rdev >> 20) as u32, (rdev & 0xf_ffff) as u32)
        };
        match ifmt {
            0o040_000 => ZnodeKind::Dir,
            0o100_000 => ZnodeKind::File,
            0o120_000 => ZnodeKind::Symlink(self.field("target").as_bytes().to_vec()),
            0o010_000 => ZnodeKind::Fifo,
            0o020_000 => ZnodeKind::CharDev {
                major: dev().0,
                minor: dev().1,
            },
            other => panic!("object {}: type {other:o}", self.object),
        }
    }
}

/// A znode of `kind` with permission bits `mode`, owned by root, in directory 34, created in
/// txg 8 at time 0: for tests where only the kind and mode matter.
pub fn new_znode(kind: ZnodeKind, mode: u64) -> Znode {
    let size = match &kind {
        ZnodeKind::Symlink(target) => target.len() as u64,
        _ => 0,
    };
    let t = (1_700_000_000, 0);
    let (uid, gid, parent, generation) = (0, 0, 34, 8);
    let (atime, mtime, ctime, crtime) = (t, t, t, t);
    Znode {
        kind,
        mode,
        uid,
        gid,
        size,
        links: 1,
        parent,
        generation,
        atime,
        mtime,
        ctime,
        crtime,
        project: None,
    }
}
