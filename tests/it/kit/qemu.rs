//! The `qemu-system-x86_64` command line: direct kernel boot, serial console on stdio, no
//! devices but the virtio disks asked for. TCG by default: KVM hangs on the machines we run on.
use std::path::{Path, PathBuf};
use std::process::Command;

use super::tool::require;

/// The kernel command line: serial console, power off at once on panic, few kernel messages.
const APPEND: &str = "console=ttyS0 panic=-1 quiet loglevel=3";

/// The QEMU command for `kernel` + `initrd`, `memory_mib` of RAM and `disks` as virtio-blk.
pub(super) fn command(
    kernel: &Path,
    initrd: &Path,
    memory_mib: u32,
    disks: &[(PathBuf, bool)],
) -> Command {
    let mut cmd = Command::new(require("qemu-system-x86_64", "qemu-system-x86"));
    cmd.args(accel())
        .args(["-m", &memory_mib.to_string(), "-smp", "1"]);
    cmd.args([
        "-nodefaults",
        "-no-reboot",
        "-display",
        "none",
        "-monitor",
        "none",
    ]);
    cmd.args(["-serial", "stdio", "-kernel"]).arg(kernel);
    cmd.arg("-initrd").arg(initrd).args(["-append", APPEND]);
    for (image, readonly) in disks {
        // QEMU option values escape a comma by doubling it.
        let file = image.to_str().expect("disk image path is not UTF-8");
        let file = file.replace(',', ",,");
        let mut drive = format!("file={file},format=raw,if=virtio,snapshot=off");
        if *readonly {
            drive.push_str(",readonly=on");
        }
        cmd.arg("-drive").arg(drive);
    }
    cmd
}

/// `-accel tcg -cpu max`, or `-accel kvm -cpu host` when `ANVIL_QEMU_ACCEL=kvm`.
fn accel() -> [&'static str; 4] {
    match std::env::var("ANVIL_QEMU_ACCEL").as_deref() {
        Ok("kvm") => ["-accel", "kvm", "-cpu", "host"],
        Ok("tcg") | Err(_) => ["-accel", "tcg", "-cpu", "max"],
        Ok(other) => panic!("ANVIL_QEMU_ACCEL={other:?}: use `tcg` (the default) or `kvm`"),
    }
}
