//! The judge: the firmware boots the ISO four ways and the kit's /init prints a marker.
//! SeaBIOS as a CD-ROM (El Torito → isolinux.bin) and as a hard disk (isohybrid MBR →
//! isolinux.bin); OVMF as a CD-ROM (El Torito's UEFI entry → systemd-boot) and as a hard disk
//! (GPT ESP → systemd-boot). Every way boots Debian's kernel with the kit's initramfs
//! (written by our `anvil-assemble initramfs`) and isolinux.cfg's command line.
use std::time::{Duration, Instant};

use super::assemble_ok;
use crate::kit::{Guest, Media};

/// The command line both loaders hand the kernel.
const APPEND: &str = "console=ttyS0 panic=-1";
/// What the guest's script prints.
const MARKER: &str = "ANVIL-ISO-BOOTED";

/// Boots from `media`; the console line holding `who` must also hold `how`.
fn boots_from(media: Media, who: &str, how: &str) {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("README"), b"an Anvil ISO\n").unwrap();
    let script = format!("echo {MARKER}; cat /proc/cmdline");
    let start = Instant::now();
    let outcome = Guest::new()
        .memory_mib(512)
        .timeout(Duration::from_secs(240))
        .run_from(&script, media, |kernel, initrd, out| {
            assemble_ok(root.path(), kernel, initrd, out, &["--append", APPEND]);
        });
    eprintln!("{media:?} boot: {:.1} s", start.elapsed().as_secs_f64());
    let console = &outcome.console;
    assert_eq!(outcome.status, 0, "script failed:\n{console}");
    assert!(outcome.output.contains(MARKER), "no marker:\n{console}");
    assert!(
        outcome.output.contains(APPEND),
        "cmdline is not the loader's:\n{console}"
    );
    let line = console.lines().find(|l| l.contains(who));
    assert!(
        line.is_some_and(|l| l.contains(how)),
        "no {who:?} line with {how:?}:\n{console}"
    );
}

// isolinux's banner ends with ETCD when El Torito loaded it, EHDD when the MBR did.
#[test]
fn seabios_boots_it_as_a_cdrom() {
    boots_from(Media::Cdrom, "ISOLINUX", "ETCD");
}

#[test]
fn seabios_boots_it_as_a_hard_disk() {
    boots_from(Media::Disk, "ISOLINUX", "EHDD");
}

// OVMF's boot manager names the device it starts the loader from.
#[test]
fn ovmf_boots_it_as_a_cdrom() {
    boots_from(Media::UefiCdrom, "BdsDxe: starting", "UEFI QEMU DVD-ROM");
}

#[test]
fn ovmf_boots_it_as_a_hard_disk() {
    boots_from(Media::UefiDisk, "BdsDxe: starting", "UEFI QEMU HARDDISK");
}
