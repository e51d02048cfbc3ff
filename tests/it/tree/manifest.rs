//! [`Record`]s of a host directory, read with std only.
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{Manifest, Record};

/// Every entry under `root` (not `root` itself).
pub fn of_dir(root: &Path) -> Manifest {
    let mut out = Manifest::new();
    let mut inodes: BTreeMap<u64, Vec<Vec<u8>>> = BTreeMap::new();
    walk(root, b"", &mut out, &mut inodes);
    super::listing::set_groups(&mut out, inodes);
    out
}

fn walk(dir: &Path, prefix: &[u8], out: &mut Manifest, inodes: &mut BTreeMap<u64, Vec<Vec<u8>>>) {
    for item in fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let mut rel = prefix.to_vec();
        rel.extend_from_slice(item.file_name().as_bytes());
        let md = fs::symlink_metadata(item.path()).unwrap();
        let (kind, extra) = kind_extra(&item.path(), &md);
        let size = (kind == 'f' || kind == 'l').then_some(md.len());
        if kind != 'd' && md.nlink() > 1 {
            inodes.entry(md.ino()).or_default().push(rel.clone());
        }
        let (mode, uid, gid, nlink, mtime) = (
            md.mode() & 0o7777,
            md.uid(),
            md.gid(),
            md.nlink(),
            md.mtime(),
        );
        out.insert(
            rel.clone(),
            Record {
                kind,
                mode,
                uid,
                gid,
                size,
                nlink,
                mtime,
                extra,
                group: None,
            },
        );
        if kind == 'd' {
            rel.push(b'/');
            walk(&item.path(), &rel, out, inodes);
        }
    }
}

fn kind_extra(path: &Path, md: &fs::Metadata) -> (char, String) {
    let ft = md.file_type();
    let dev = format!("{}:{}", major(md.rdev()), minor(md.rdev()));
    match () {
        _ if ft.is_dir() => ('d', String::new()),
        _ if ft.is_file() => (
            'f',
            format!("{:x}", Sha256::digest(fs::read(path).unwrap())),
        ),
        _ if ft.is_symlink() => (
            'l',
            String::from_utf8_lossy(fs::read_link(path).unwrap().as_os_str().as_bytes()).into(),
        ),
        _ if ft.is_fifo() => ('p', String::new()),
        _ if ft.is_char_device() => ('c', dev),
        _ if ft.is_block_device() => ('b', dev),
        _ => ('s', String::new()),
    }
}

fn major(rdev: u64) -> u64 {
    ((rdev >> 32) & 0xffff_f000) | ((rdev >> 8) & 0x0fff)
}

fn minor(rdev: u64) -> u64 {
    ((rdev >> 12) & 0xffff_ff00) | (rdev & 0x00ff)
}
