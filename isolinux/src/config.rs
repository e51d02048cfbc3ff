//! `isolinux.cfg`: one label that boots the kernel with the initramfs, on the serial port
//! and the VGA console. Syntax: syslinux `doc/syslinux.txt` (SERIAL must come first).
use std::fmt::Write;

use crate::error::{Error, Result};

/// What the rendered `isolinux.cfg` boots, and how it talks to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The one label, also the default.
    pub label: String,
    /// The kernel's path on the ISO.
    pub kernel: String,
    /// The initramfs's path on the ISO.
    pub initrd: String,
    /// The kernel command line.
    pub append: String,
    /// Speed of serial port 0 (ttyS0), which mirrors the VGA console.
    pub serial_baud: u32,
    /// How long the prompt waits before booting the default, in tenths of a second.
    pub timeout_ds: u32,
    /// Whether to show the `boot:` prompt (otherwise the default boots unless Shift is held).
    pub prompt: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            label: "anvil".into(),
            kernel: "/boot/bzImage".into(),
            initrd: "/boot/initramfs.cpio.gz".into(),
            append: "console=tty0 console=ttyS0,115200".into(),
            serial_baud: 115_200,
            timeout_ds: 30,
            prompt: false,
        }
    }
}

impl Config {
    /// The `isolinux.cfg` text, or an error naming a value that would break its lines.
    pub fn render(&self) -> Result<String> {
        self.check()?;
        let mut s = String::new();
        let prompt = u8::from(self.prompt);
        // SERIAL must be the first directive; CONSOLE 1 keeps the VGA console as well.
        writeln!(s, "SERIAL 0 {}\nCONSOLE 1", self.serial_baud).expect("String");
        writeln!(s, "DEFAULT {}\nPROMPT {prompt}", self.label).expect("String");
        writeln!(s, "TIMEOUT {}\n", self.timeout_ds).expect("String");
        writeln!(s, "LABEL {}", self.label).expect("String");
        writeln!(s, "  KERNEL {}\n  INITRD {}", self.kernel, self.initrd).expect("String");
        writeln!(s, "  APPEND {}", self.append).expect("String");
        Ok(s)
    }

    pub(crate) fn check(&self) -> Result<()> {
        let words = [
            ("label", &self.label),
            ("kernel", &self.kernel),
            ("initrd", &self.initrd),
        ];
        for (field, value) in words {
            if value.is_empty() || value.contains(char::is_whitespace) {
                return Err(bad(field, value, "must be one word"));
            }
        }
        if self.append.contains(['\n', '\r']) {
            return Err(bad("append", &self.append, "must be one line"));
        }
        Ok(())
    }
}

fn bad(field: &'static str, value: &str, why: &'static str) -> Error {
    let value = value.to_owned();
    Error::BadValue { field, value, why }
}

#[cfg(test)]
mod tests;
