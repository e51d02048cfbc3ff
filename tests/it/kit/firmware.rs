//! Boots a finished image (no kit initramfs): the firmware, its loader and the image's own
//! kernel and init run until the guest powers off; the console log is the result.
use std::path::Path;
use std::time::Duration;

use super::Media;
use super::boot::boot;
use super::media::{command, ovmf};

/// Boots `image` from `media` with `memory_mib` of RAM; panics with the log if the guest does
/// not power off within `timeout`. Returns the serial console.
pub fn boot_image(image: &Path, media: Media, memory_mib: u32, timeout: Duration) -> String {
    let stage = tempfile::tempdir().expect("creating a staging dir for OVMF's variables");
    let mut cmd = command(image, media, memory_mib);
    if let Media::UefiCdrom | Media::UefiDisk = media {
        ovmf(&mut cmd, stage.path());
    }
    let done = boot(cmd, timeout);
    assert!(
        done.status.success(),
        "qemu failed: {}\n{}",
        done.stderr,
        done.console
    );
    done.console
}
