//! A fixture directory holding every kind of entry the tree knows, with the owners, modes,
//! times, names, xattrs and ACLs archives must keep. Parts that need root (devices, foreign
//! owners, `trusted.` xattrs, capabilities) are made only as root, as CI runs.
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

use super::special;
use super::tool::{run, tool};

/// Which parts of the fixture a format can hold.
#[derive(Clone, Copy)]
pub struct Parts {
    /// Fifos and (as root) devices: not in v7.
    pub nodes: bool,
    /// 255-byte names, 300-byte paths: GNU and pax only.
    pub long: bool,
    /// xattrs, capabilities and ACLs.
    pub attrs: bool,
}

/// Everything.
pub const FULL: Parts = Parts {
    nodes: true,
    long: true,
    attrs: true,
};

/// Builds the whole fixture in a new temporary directory (`root/` inside it).
pub fn make() -> tempfile::TempDir {
    make_with(FULL)
}

/// Builds the `parts` of the fixture in a new temporary directory (`root/` inside it).
pub fn make_with(parts: Parts) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("root");
    fs::create_dir_all(d.join("etc")).unwrap();
    fs::write(d.join("etc/passwd"), "root:x:0:0::/root:/bin/sh\n").unwrap();
    fs::write(d.join("file"), b"hello\n").unwrap();
    fs::write(d.join("empty"), b"").unwrap();
    let big: Vec<u8> = (0..1_300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    fs::write(d.join("big"), big).unwrap();
    fs::hard_link(d.join("big"), d.join("big.link")).unwrap();
    symlink("file", d.join("sym")).unwrap();
    symlink("/nowhere/at/all", d.join("dangling")).unwrap();
    sparse(&d.join("sparse"));
    modes(&d);
    if parts.long {
        special::names(&d);
    }
    if parts.nodes {
        special::nodes(&d);
    }
    if parts.attrs {
        special::attrs(&d);
    }
    fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).unwrap();
    times(&d);
    tmp
}

/// 10 MiB with data at 0, 4 MiB and the last bytes; the rest holes.
fn sparse(path: &Path) {
    run(tool("truncate", "coreutils").args(["-s", "10M"]).arg(path));
    for (seek, data) in [(0, "start"), (4 << 20, "middle"), ((10 << 20) - 3, "end")] {
        let f = fs::OpenOptions::new().write(true).open(path).unwrap();
        std::os::unix::fs::FileExt::write_at(&f, data.as_bytes(), seek).unwrap();
    }
}

fn modes(d: &Path) {
    fs::write(d.join("setuid"), b"#!/bin/sh\n").unwrap();
    fs::set_permissions(d.join("setuid"), fs::Permissions::from_mode(0o4755)).unwrap();
    fs::create_dir(d.join("tmp")).unwrap();
    fs::set_permissions(d.join("tmp"), fs::Permissions::from_mode(0o1777)).unwrap();
}

/// Distinct times with nanoseconds on everything, directories last (children change them).
fn times(d: &Path) {
    let mut cmd = tool("find", "findutils");
    cmd.arg(d).args([
        "-depth",
        "-exec",
        "touch",
        "-h",
        "-d",
        "@1700000000.123456789",
        "{}",
        "+",
    ]);
    run(&mut cmd);
    run(tool("touch", "coreutils")
        .args(["-h", "-d", "@1600000000.5"])
        .arg(d.join("file")));
}
