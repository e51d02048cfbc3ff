//! The law "no root" for the pool: uid 65534 with no groups, no loop device and no /dev/zfs
//! writes a pool of a tree it does not own, device nodes and all, that zdb finds sound.
use std::fs;
use std::os::unix::fs::MetadataExt;

use super::errors::tree;
use super::nodes::write_spec;
use super::run::{Run, assert_no_leaks, checked};
use super::zdb::zdb;
use crate::host::open_up;
use crate::tree::build::is_root;

#[test]
fn nobody_writes_a_pool_with_device_nodes() {
    let t = tree();
    fs::create_dir(t.path().join("etc")).unwrap();
    fs::write(t.path().join("etc/motd"), b"built by nobody\n").unwrap();
    if is_root() {
        std::os::unix::fs::chown(t.path().join("etc/motd"), Some(1234), Some(5678)).unwrap();
    }
    let work = tempfile::tempdir().unwrap();
    open_up(work.path());
    let spec = write_spec(work.path());
    let img = work.path().join("image/rootfs.img");
    fs::create_dir(img.parent().unwrap()).unwrap();
    open_up(img.parent().unwrap());
    let run = Run {
        root: t.path(),
        spec: Some(&spec),
        out: &img,
        extra: &["--size", "64M", "--all-root"],
    };
    checked(run.output_as_nobody());
    if is_root() {
        let owner = fs::metadata(&img).unwrap().uid();
        assert_eq!(owner, 65534, "the image was not written by uid 65534");
    }
    assert_no_leaks(img.parent().unwrap());
    let dump = zdb(img.parent().unwrap(), &["-ddddd", "anvil_pool/ROOT"]);
    let dump = String::from_utf8_lossy(&dump.stdout);
    for path in ["/dev/console", "/dev/sda", "/run/initctl", "/etc/motd"] {
        let needle = format!("\tpath\t{path}\n");
        assert!(
            dump.contains(&needle),
            "zdb -ddddd shows no {path}:\n{dump}"
        );
    }
}
