//! The judge: SeaBIOS boots the ISO as a CD-ROM (El Torito → isolinux.bin) and as a hard
//! disk (isohybrid MBR → isolinux.bin), isolinux loads Debian's kernel and the kit's
//! initramfs (written by our `anvil-assemble initramfs`), and its /init prints a marker.
use std::time::Duration;

use super::assemble_ok;
use crate::kit::{Guest, Media};

/// The command line isolinux.cfg hands the kernel.
const APPEND: &str = "console=ttyS0 panic=-1";
/// What the guest's script prints.
const MARKER: &str = "ANVIL-ISO-BOOTED";

fn boots_from(media: Media, banner: &str) {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("README"), b"an Anvil ISO\n").unwrap();
    let script = format!("echo {MARKER}; cat /proc/cmdline");
    let outcome = Guest::new()
        .memory_mib(512)
        .timeout(Duration::from_secs(180))
        .run_from(&script, media, |kernel, initrd, out| {
            assemble_ok(root.path(), kernel, initrd, out, &["--append", APPEND]);
        });
    assert_eq!(outcome.status, 0, "script failed:\n{}", outcome.console);
    assert!(
        outcome.output.contains(MARKER),
        "no marker:\n{}",
        outcome.console
    );
    assert!(
        outcome.output.contains(APPEND),
        "cmdline is not isolinux.cfg's:\n{}",
        outcome.console
    );
    // isolinux's banner ends with ETCD when El Torito loaded it, EHDD when the MBR did.
    let isolinux = outcome.console.lines().find(|l| l.contains("ISOLINUX"));
    assert!(
        isolinux.is_some_and(|l| l.contains(banner)),
        "no {banner} banner:\n{}",
        outcome.console
    );
}

#[test]
fn seabios_boots_it_as_a_cdrom() {
    boots_from(Media::Cdrom, "ETCD");
}

#[test]
fn seabios_boots_it_as_a_hard_disk() {
    boots_from(Media::Disk, "EHDD");
}
