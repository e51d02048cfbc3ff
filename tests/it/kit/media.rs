//! Boots through the firmware instead of `-kernel`: the kit's kernel and initramfs go into an
//! image the test writes (an ISO), which SeaBIOS or OVMF boots as a CD-ROM or a hard disk.
use std::path::Path;
use std::process::Command;

use super::outcome::Outcome;
use super::tool::require;
use super::{Guest, boot, image};

/// How the boot image is attached to the machine, and which firmware boots it.
#[derive(Clone, Copy, Debug)]
pub enum Media {
    /// SeaBIOS, `-cdrom X -boot d`: El Torito's BIOS entry.
    Cdrom,
    /// SeaBIOS, an IDE disk (`snapshot=on`), `-boot c`: the MBR boot code.
    Disk,
    /// OVMF (UEFI), `-cdrom X`: El Torito's UEFI entry.
    UefiCdrom,
    /// OVMF (UEFI), an IDE disk (`snapshot=on`): the GPT's EFI system partition.
    UefiDisk,
}

/// OVMF's code (read-only) and the template of its variable store (Debian package `ovmf`).
const OVMF_CODE: &str = "/usr/share/OVMF/OVMF_CODE_4M.fd";
const OVMF_VARS: &str = "/usr/share/OVMF/OVMF_VARS_4M.fd";

impl Guest {
    /// Builds the initramfs with `script`, lets `make(kernel, initrd, out)` write a bootable
    /// image at `out`, boots it from `media` and waits for the script's exit status.
    pub fn run_from(
        &self,
        script: &str,
        media: Media,
        make: impl FnOnce(&Path, &Path, &Path),
    ) -> Outcome {
        // Kept alive until QEMU has exited: it holds the initramfs, the image, OVMF's vars.
        let stage = tempfile::tempdir().expect("creating the kit's staging dir");
        let initrd = image::build(self, stage.path(), script);
        let disk = stage.path().join("boot.img");
        make(&self.kernel.image, &initrd, &disk);
        let mut cmd = command(&disk, media, self.memory_mib);
        if let Media::UefiCdrom | Media::UefiDisk = media {
            ovmf(&mut cmd, stage.path());
        }
        Outcome::parse(&boot::boot(cmd, self.timeout))
    }
}

/// `qemu-system-x86_64 -accel tcg -cpu max -m N -nographic -no-reboot` + the media options.
pub(super) fn command(disk: &Path, media: Media, memory_mib: u32) -> Command {
    let mut cmd = Command::new(require("qemu-system-x86_64", "qemu-system-x86"));
    let memory = memory_mib.to_string();
    cmd.args(["-accel", "tcg", "-cpu", "max", "-m", &memory]);
    cmd.args(["-nographic", "-no-reboot"]);
    // QEMU option values escape a comma by doubling it.
    let file = disk.to_str().expect("image path is not UTF-8");
    let drive = format!(
        "file={},format=raw,if=ide,snapshot=on",
        file.replace(',', ",,")
    );
    match media {
        Media::Cdrom => cmd.arg("-cdrom").arg(disk).args(["-boot", "d"]),
        Media::UefiCdrom => cmd.arg("-cdrom").arg(disk),
        Media::Disk => cmd.arg("-drive").arg(drive).args(["-boot", "c"]),
        Media::UefiDisk => cmd.arg("-drive").arg(drive),
    };
    cmd
}

/// OVMF as the firmware: its code read-only, a fresh copy of the variable store in `stage`.
pub(super) fn ovmf(cmd: &mut Command, stage: &Path) {
    for path in [OVMF_CODE, OVMF_VARS] {
        assert!(
            Path::new(path).is_file(),
            "{path} is missing: install the Debian package `ovmf` \
             (apt-get install --no-install-recommends ovmf)"
        );
    }
    let vars = stage.join("OVMF_VARS_4M.fd");
    std::fs::copy(OVMF_VARS, &vars).expect("copying OVMF's variable store");
    let vars = vars
        .to_str()
        .expect("stage path is not UTF-8")
        .replace(',', ",,");
    cmd.arg("-drive")
        .arg(format!("if=pflash,format=raw,readonly=on,file={OVMF_CODE}"));
    cmd.arg("-drive")
        .arg(format!("if=pflash,format=raw,file={vars}"));
}
