//! `Guest::run`: write the initramfs, boot it, read the outcome.
use super::Guest;
use super::image;
use super::outcome::Outcome;
use super::{boot, qemu};

impl Guest {
    /// Builds the initramfs with `script` as `/kit/script`, boots it and waits for the script's
    /// exit status. Panics, with the whole console log, when the deadline passes or the guest
    /// stops without printing the exit marker.
    pub fn run(&self, script: &str) -> Outcome {
        // Kept alive until QEMU has exited: it holds the initramfs and the staged sources.
        let stage = tempfile::tempdir().expect("creating the kit's staging dir");
        let initrd = image::build(self, stage.path(), script);
        let cmd = qemu::command(&self.kernel.image, &initrd, self.memory_mib, &self.disks);
        Outcome::parse(&boot::boot(cmd, self.timeout))
    }
}
