//! The archivers the identity test feeds the binary, each over the same directory: GNU tar
//! (pax with attributes, ACLs and sparse maps; and `--format=gnu --sparse`), bsdtar (pax), and
//! Python's `tarfile` (GNU format). The GNU format keeps whole seconds only: its archives are
//! judged against what `tar -x` extracts from them, the others against the directory.
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::host::oracle;

/// Every archive of `dir`, written into `work`, with a label for messages and whether it keeps
/// the directory's fractional mtimes.
pub fn archives(dir: &Path, work: &Path) -> Vec<(&'static str, PathBuf, bool)> {
    let pax = ["--format=pax", "--xattrs", "--xattrs-include=*", "--acls"];
    let gnu = ["--format=gnu", "--sparse"];
    let bsd = ["--format=pax", "--xattrs", "--acls"];
    let (gnu_tar, bsdtar) = (("tar", "tar"), ("bsdtar", "libarchive-tools"));
    vec![
        (
            "GNU tar, pax",
            tar(gnu_tar, dir, &work.join("pax.tar"), &pax),
            true,
        ),
        (
            "GNU tar, gnu",
            tar(gnu_tar, dir, &work.join("gnu.tar"), &gnu),
            false,
        ),
        (
            "bsdtar",
            tar(bsdtar, dir, &work.join("bsd.tar"), &bsd),
            true,
        ),
        ("Python tarfile", python(dir, &work.join("py.tar")), false),
    ]
}

/// `program -C dir -cf out ARGS .` (GNU tar and bsdtar take the same words).
fn tar((program, package): (&str, &str), dir: &Path, out: &Path, args: &[&str]) -> PathBuf {
    let mut cmd = oracle(program, package);
    cmd.arg("-C")
        .arg(dir)
        .arg("-cf")
        .arg(out)
        .args(args)
        .arg(".");
    run(&mut cmd, program);
    out.to_owned()
}

/// `tarfile.open(out, 'w', format=GNU_FORMAT).add(dir, arcname='.')`.
fn python(dir: &Path, out: &Path) -> PathBuf {
    let script = "import sys, tarfile\n\
        with tarfile.open(sys.argv[2], 'w', format=tarfile.GNU_FORMAT) as t:\n    \
        t.add(sys.argv[1], arcname='.')\n";
    let mut cmd = oracle("python3", "python3");
    cmd.arg("-c").arg(script).arg(dir).arg(out);
    run(&mut cmd, "python3 tarfile");
    out.to_owned()
}

/// What `tar -x` (owners numeric, as the caller is) extracts from `archive`, in a new
/// directory beside it.
pub fn extract(archive: &Path) -> PathBuf {
    let dir = archive.with_extension("x");
    std::fs::create_dir(&dir).unwrap();
    let mut cmd = oracle("tar", "tar");
    cmd.args(["--numeric-owner", "-xf"])
        .arg(archive)
        .arg("-C")
        .arg(&dir);
    run(&mut cmd, "tar -x");
    dir
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{what} failed: {err}");
}
