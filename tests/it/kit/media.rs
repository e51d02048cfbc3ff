//! Boots through the firmware instead of `-kernel`: the kit's kernel and initramfs go into an
//! image the test writes (an ISO), which SeaBIOS boots as a CD-ROM or as a hard disk.
use std::path::Path;
use std::process::Command;

use super::outcome::Outcome;
use super::tool::require;
use super::{Guest, boot, image};

/// How the boot image is attached to the machine.
#[derive(Clone, Copy, Debug)]
pub enum Media {
    /// `-cdrom X -boot d`: El Torito through the firmware's CD-ROM boot.
    Cdrom,
    /// An IDE disk (`snapshot=on`), `-boot c`: the MBR boot code.
    Disk,
}

impl Guest {
    /// Builds the initramfs with `script`, lets `make(kernel, initrd, out)` write a bootable
    /// image at `out`, boots it from `media` and waits for the script's exit status.
    pub fn run_from(
        &self,
        script: &str,
        media: Media,
        make: impl FnOnce(&Path, &Path, &Path),
    ) -> Outcome {
        // Kept alive until QEMU has exited: it holds the initramfs and the image.
        let stage = tempfile::tempdir().expect("creating the kit's staging dir");
        let initrd = image::build(self, stage.path(), script);
        let disk = stage.path().join("boot.img");
        make(&self.kernel.image, &initrd, &disk);
        let cmd = command(&disk, media, self.memory_mib);
        Outcome::parse(&boot::boot(cmd, self.timeout))
    }
}

/// `qemu-system-x86_64 -accel tcg -cpu max -m N -nographic -no-reboot` + the media options.
fn command(disk: &Path, media: Media, memory_mib: u32) -> Command {
    let mut cmd = Command::new(require("qemu-system-x86_64", "qemu-system-x86"));
    cmd.args([
        "-accel",
        "tcg",
        "-cpu",
        "max",
        "-m",
        &memory_mib.to_string(),
    ]);
    cmd.args(["-nographic", "-no-reboot"]);
    let file = disk.to_str().expect("image path is not UTF-8");
    match media {
        Media::Cdrom => cmd.arg("-cdrom").arg(disk).args(["-boot", "d"]),
        // QEMU option values escape a comma by doubling it.
        Media::Disk => cmd
            .arg("-drive")
            .arg(format!(
                "file={},format=raw,if=ide,snapshot=on",
                file.replace(',', ",,")
            ))
            .args(["-boot", "c"]),
    };
    cmd
}
