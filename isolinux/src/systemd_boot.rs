//! systemd-boot, the UEFI loader: `loader/loader.conf` and one Boot Loader Specification
//! type #1 entry, rendered from the same [`Config`] as `isolinux.cfg`, so both firmwares boot
//! the same kernel and initramfs with the same command line. Syntax: loader.conf(5),
//! uapi-group.org/specifications/specs/boot_loader_specification.
use std::fmt::Write;
use std::path::PathBuf;

use crate::assets::Asset;
use crate::config::Config;
use crate::error::Result;

/// Where the removable-media loader sits in an ESP (UEFI 2.10 §3.5.1.1, x86-64).
pub const ESP_LOADER: &str = "EFI/BOOT/BOOTX64.EFI";

impl Asset {
    /// Debian's systemd-boot for x86-64 UEFI (package `systemd-boot-efi`, systemd 252).
    pub fn systemd_boot() -> Asset {
        Asset {
            path: PathBuf::from("/usr/lib/systemd/boot/efi/systemd-bootx64.efi"),
            package: "systemd-boot-efi",
        }
    }
}

impl Config {
    /// `loader/loader.conf`: boot our entry at once (holding a key at start shows the
    /// menu) and keep the firmware's console mode, which serial consoles need.
    pub fn loader_conf(&self) -> Result<String> {
        self.check()?;
        let mut s = String::new();
        writeln!(s, "timeout 0\ndefault {}", self.entry_name()).expect("String");
        writeln!(s, "console-mode keep\neditor no").expect("String");
        Ok(s)
    }

    /// The entry's file name under `loader/entries/`.
    pub fn entry_name(&self) -> String {
        format!("{}.conf", self.label)
    }

    /// `loader/entries/<label>.conf`: the kernel and initramfs at the same paths inside the
    /// ESP as on the ISO, and isolinux's APPEND line as the options.
    pub fn loader_entry(&self) -> Result<String> {
        self.check()?;
        let mut s = String::new();
        writeln!(s, "title {}", self.label).expect("String");
        writeln!(s, "linux {}\ninitrd {}", self.kernel, self.initrd).expect("String");
        writeln!(s, "options {}", self.append).expect("String");
        Ok(s)
    }
}

#[cfg(test)]
mod tests;
