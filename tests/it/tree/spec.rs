//! The fixture's spec and what it must produce, written out by hand (not by Anvil's parser).
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::fixture::EPOCH;
use super::{Manifest, Record};

/// Contents of the host file the spec's `file` lines archive.
const SOURCE: &[u8] = b"archived from the spec\n";

/// Writes `dir/devices.list` and its source file; returns the spec's path.
pub fn write(dir: &Path) -> PathBuf {
    fs::write(dir.join("spec-src"), SOURCE).unwrap();
    let spec = dir.join("devices.list");
    let text = "# devices, a pipe and overrides, as an unprivileged root-filesystem build needs\n\
        nod /dev/console 0600 0 0 c 5 1\n\
        nod /dev/null 0666 0 0 c 1 3\n\
        nod /dev/vda 0660 0 6 b 254 0\n\
        \n\
        pipe /run/initctl 0600 0 0\n\
        dir /spec-dir 0750 1000 100\n\
        slink /spec-link /etc/conf-01 0777 0 0\n\
        file /spec-file spec-src 0640 42 43 /spec-dir/spec-file-link\n\
        file /etc/conf-00 spec-src 0600 7 8\n";
    fs::write(&spec, text).unwrap();
    spec
}

/// Nodes, directories and links the spec makes: path, kind, mode, uid, gid, links, extra.
const MADE: [(&str, char, u32, u32, u32, u64, &str); 7] = [
    ("dev", 'd', 0o755, 0, 0, 2, ""),
    ("dev/console", 'c', 0o600, 0, 0, 1, "5:1"),
    ("dev/null", 'c', 0o666, 0, 0, 1, "1:3"),
    ("dev/vda", 'b', 0o660, 0, 6, 1, "254:0"),
    ("run/initctl", 'p', 0o600, 0, 0, 1, ""),
    ("spec-dir", 'd', 0o750, 1000, 100, 2, ""),
    ("spec-link", 'l', 0o777, 0, 0, 1, "/etc/conf-01"),
];

/// A spec file entry: path, mode, uid, gid, links, hard-link group.
type FileRow = (&'static str, u32, u32, u32, u64, Option<&'static str>);

/// The hard-link group of the spec's `file` line with an extra name.
const LINKED: Option<&str> = Some("spec-dir/spec-file-link");

/// Files the spec archives from `spec-src`.
const FILES: [FileRow; 3] = [
    ("spec-file", 0o640, 42, 43, 2, LINKED),
    ("spec-dir/spec-file-link", 0o640, 42, 43, 2, LINKED),
    ("etc/conf-00", 0o600, 7, 8, 1, None),
];

/// `tree` (the walked fixture) with what the spec adds and overrides laid over it: entries
/// with no source get the epoch as mtime, `file` entries their source's mtime.
pub fn expected(mut tree: Manifest, dir: &Path) -> Manifest {
    for (path, kind, mode, uid, gid, nlink, extra) in MADE {
        let size = (kind == 'l').then_some(extra.len() as u64);
        let extra = extra.to_owned();
        let r = Record {
            kind,
            mode,
            uid,
            gid,
            size,
            nlink,
            mtime: EPOCH,
            extra,
            group: None,
        };
        tree.insert(path.as_bytes().to_vec(), r);
    }
    let mtime = fs::metadata(dir.join("spec-src")).unwrap().mtime();
    let extra = format!("{:x}", Sha256::digest(SOURCE));
    for (path, mode, uid, gid, nlink, group) in FILES {
        let (size, group) = (
            Some(SOURCE.len() as u64),
            group.map(|g| g.as_bytes().to_vec()),
        );
        let r = Record {
            kind: 'f',
            mode,
            uid,
            gid,
            size,
            nlink,
            mtime,
            extra: extra.clone(),
            group,
        };
        tree.insert(path.as_bytes().to_vec(), r);
    }
    tree
}
