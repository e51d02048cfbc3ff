//! A spec of what only root could make on the host, character and block devices and a pipe
//! in directories of their own, and the records the pool must hold for it (written out by
//! hand, not by Anvil's parser).
use std::fs;
use std::path::{Path, PathBuf};

use crate::tree::fixture::EPOCH;
use crate::tree::{Manifest, Record};

/// The spec: devices in `/dev`, a pipe in `/run`, both directories made by the spec itself.
const SPEC: &str = "# nodes an unprivileged build cannot mknod\n\
    dir /dev 0755 0 0\n\
    nod /dev/console 0600 0 0 c 5 1\n\
    nod /dev/sda 0660 0 6 b 8 0\n\
    dir /run 0750 0 4\n\
    pipe /run/initctl 0600 0 0\n";

/// What the spec makes: path, kind, mode, uid, gid, links, extra. Spec entries have no source,
/// so their mtime is `SOURCE_DATE_EPOCH`.
const MADE: [(&str, char, u32, u32, u32, u64, &str); 5] = [
    ("dev", 'd', 0o755, 0, 0, 2, ""),
    ("dev/console", 'c', 0o600, 0, 0, 1, "5:1"),
    ("dev/sda", 'b', 0o660, 0, 6, 1, "8:0"),
    ("run", 'd', 0o750, 0, 4, 2, ""),
    ("run/initctl", 'p', 0o600, 0, 0, 1, ""),
];

/// Writes `dir/nodes.list`; returns its path.
pub fn write_spec(dir: &Path) -> PathBuf {
    let spec = dir.join("nodes.list");
    fs::write(&spec, SPEC).unwrap();
    spec
}

/// `tree` with the spec's entries added.
pub fn expected(mut tree: Manifest) -> Manifest {
    for (path, kind, mode, uid, gid, nlink, extra) in MADE {
        let r = Record {
            kind,
            mode,
            uid,
            gid,
            size: None,
            nlink,
            mtime: EPOCH,
            extra: extra.to_owned(),
            group: None,
        };
        tree.insert(path.as_bytes().to_vec(), r);
    }
    tree
}
