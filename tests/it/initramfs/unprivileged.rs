//! The law "no root" for the initramfs: uid 65534 with no groups builds a valid archive of a
//! tree it does not own, device nodes and all, and `cpio -t` lists them as specified.
use std::fs;
use std::path::{Path, PathBuf};

use super::assemble_as_nobody;
use crate::host::{open_up, oracle};

/// A tree owned by 1234:5678 (when root can chown), a spec with two devices, both readable
/// and the work directory writable by anyone.
fn setup(work: &Path) -> (PathBuf, PathBuf) {
    let root = work.join("root");
    fs::create_dir_all(root.join("etc")).unwrap();
    fs::write(root.join("etc/motd"), b"built by nobody\n").unwrap();
    let spec = work.join("devices.list");
    fs::write(
        &spec,
        "nod /dev/console 0600 0 0 c 5 1\nnod /dev/sda 0660 0 6 b 8 0\n",
    )
    .unwrap();
    if crate::tree::build::is_root() {
        std::os::unix::fs::chown(root.join("etc/motd"), Some(1234), Some(5678)).unwrap();
    }
    for dir in [work, &root, &root.join("etc")] {
        open_up(dir);
    }
    (root, spec)
}

#[test]
fn nobody_builds_an_initramfs_with_device_nodes() {
    let work = tempfile::tempdir().unwrap();
    let (root, spec) = setup(work.path());
    let out = work.path().join("initramfs.cpio.gz");
    let flags = ["--root", "--spec", "--all-root", "--out"].map(Path::new);
    let run = assemble_as_nobody(&[flags[0], &root, flags[1], &spec, flags[2], flags[3], &out]);
    assert!(
        run.status.success(),
        "unprivileged run failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let plain = oracle("gzip", "gzip")
        .arg("-dc")
        .arg(&out)
        .output()
        .unwrap()
        .stdout;
    let listing = cpio_list(&plain);
    for want in [
        "crw-------   1 0        0          5,   1",
        "brw-rw----   1 0        6          8,   0",
    ] {
        assert!(
            listing.contains(want),
            "cpio -tv lacks {want:?}:\n{listing}"
        );
    }
    assert!(
        listing.contains("-rw-r--r--   1 0        0              16"),
        "motd not 0:0:\n{listing}"
    );
}

fn cpio_list(archive: &[u8]) -> String {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = oracle("cpio", "cpio")
        .args(["-tv", "--numeric-uid-gid", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(archive).unwrap();
    String::from_utf8_lossy(&child.wait_with_output().unwrap().stdout).into_owned()
}
