//! `--root ARCHIVE` through the binary: a directory and its tar archive (plain or zstd) give
//! byte-identical pools and initramfs images; a broken archive is refused with nothing left.
mod identical; // directory vs archive: same pool bytes, same initramfs bytes
mod makers; // GNU tar (pax, gnu), bsdtar, Python tarfile
mod refused; // a broken archive: exit 1, the member and offset named, no output

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::host::oracle;

/// GNU tar (pax, with xattrs and ACLs) of everything in `dir`, then compressed by `program`
/// when it is given; returns the archive's path.
pub fn archive(dir: &Path, out: &Path, program: Option<&str>) -> PathBuf {
    let mut tar = oracle("tar", "tar");
    tar.arg("-C").arg(dir).arg("-cf").arg(out);
    tar.args([
        "--format=pax",
        "--xattrs",
        "--xattrs-include=*",
        "--acls",
        "--sparse",
        ".",
    ]);
    assert!(tar.status().unwrap().success(), "tar failed");
    let Some(program) = program else {
        return out.to_owned();
    };
    let packed = out.with_extension("tar.packed");
    let done = oracle(program, program)
        .args(["-c", "-q"])
        .arg(out)
        .output()
        .unwrap();
    assert!(done.status.success(), "{program} failed");
    std::fs::write(&packed, done.stdout).unwrap();
    packed
}

/// Runs the binary with `args` and `SOURCE_DATE_EPOCH`, as the current user.
pub fn assemble(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let mut cmd = Command::new(crate::host::BIN);
    cmd.args(args).env("SOURCE_DATE_EPOCH", "2000000000");
    cmd.output().expect("running anvil-assemble")
}
