//! The finished ISO boots: firmware → isolinux or systemd-boot → the forged kernel → our
//! initramfs finds the medium, imports anvil_pool and switch_roots → the pool's /init prints
//! `zpool status` (ONLINE, no known data errors), the dataset's lz4, and the SHA-256 of its
//! own busybox, which must equal the forged file's.
use std::time::Duration;

use super::{build_iso, sha256};
use crate::kit::{Media, boot_image};

fn boots_into_the_pool(media: Media) {
    let work = tempfile::tempdir().unwrap();
    let iso = build_iso(work.path(), "anvil.poweroff");
    let console = boot_image(&iso, media, 1024, Duration::from_secs(600));
    for want in [
        "ANVIL-POOL-INIT-OK",
        "state: ONLINE",
        "errors: No known data errors",
    ] {
        assert!(console.contains(want), "{media:?}: no {want:?}:\n{console}");
    }
    let lz4 = console.lines().any(|l| {
        l.starts_with("anvil_pool/ROOT") && l.contains("compression") && l.contains("lz4")
    });
    assert!(lz4, "{media:?}: ROOT is not lz4:\n{console}");
    let busybox = format!("{}  /bin/busybox", sha256("build_artifacts/bin/busybox"));
    assert!(
        console.contains(&busybox),
        "{media:?}: busybox differs from the tree's:\n{console}"
    );
}

#[test]
fn seabios_cdrom() {
    boots_into_the_pool(Media::Cdrom);
}

#[test]
fn seabios_disk() {
    boots_into_the_pool(Media::Disk);
}

#[test]
fn ovmf_cdrom() {
    boots_into_the_pool(Media::UefiCdrom);
}

#[test]
fn copytoram_makes_the_zfs_root_writable() {
    let work = tempfile::tempdir().unwrap();
    let iso = build_iso(work.path(), "anvil.poweroff anvil.copytoram");
    let console = boot_image(&iso, Media::Cdrom, 1536, Duration::from_secs(600));
    assert!(
        console.contains("ANVIL-RW: wrote and read back"),
        "no write on the ZFS root:\n{console}"
    );
    assert!(
        console.contains("readonly=off"),
        "not imported read-write:\n{console}"
    );
}
