//! The same tree as a directory and as its archive gives the same image, byte for byte,
//! whichever archiver wrote it.
use std::ffi::OsStr;
use std::fs;
use std::path::Path;

use super::makers::{archives, extract};
use super::{archive, assemble};
use crate::tree::fixture::Fixture;

/// The image `command` (`pool` or `initramfs`) writes from `root` into `out`.
fn image(command: &str, root: &Path, out: &Path) -> Vec<u8> {
    let mut args: Vec<&OsStr> = vec![command.as_ref(), "--root".as_ref(), root.as_ref()];
    args.extend([OsStr::new("--out"), out.as_ref()]);
    if command == "pool" {
        args.extend([OsStr::new("--size"), OsStr::new("128M")]);
    }
    let run = assemble(&args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "{command} --root {}: {stderr}",
        root.display()
    );
    let bytes = fs::read(out).unwrap();
    fs::remove_file(out).unwrap();
    bytes
}

fn same_image(command: &str, name: &str) {
    let fx = Fixture::build();
    let work = fx.dir.path();
    let from_dir = image(command, &fx.root, &work.join(name));
    let zstd = archive(&fx.root, &work.join("root.tar"), Some("zstd"));
    let made = archives(&fx.root, work).into_iter();
    for (maker, tar, exact) in made.chain([("GNU tar, pax, zstd", zstd, true)]) {
        let from_tar = image(command, &tar, &work.join(name));
        let want = if exact {
            &from_dir
        } else {
            &image(command, &extract(&tar), &work.join(name))
        };
        assert!(
            *want == from_tar,
            "{command}: the archive of {maker} differs"
        );
    }
}

#[test]
fn pool_from_an_archive_equals_pool_from_its_directory() {
    same_image("pool", "rootfs.img");
}

#[test]
fn initramfs_from_an_archive_equals_initramfs_from_its_directory() {
    same_image("initramfs", "initrd.cpio.gz");
}
