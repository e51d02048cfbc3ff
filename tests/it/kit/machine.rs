//! The machine side of `Guest`: kernel, disks, mounts, memory and the deadline.
use std::path::Path;
use std::time::Duration;

use super::Guest;
use super::kernel::Kernel;

impl Guest {
    /// Boots the newest `root/boot/vmlinuz-<version>` with its modules from
    /// `root/lib/modules/<version>` instead of the host's kernel (an unpacked kernel package).
    pub fn kernel_under(mut self, root: &Path) -> Guest {
        self.kernel = Kernel::under(root).unwrap_or_else(|| {
            panic!(
                "no {0}/boot/vmlinuz-<version> with {0}/lib/modules/<version>/modules.dep",
                root.display()
            )
        });
        self
    }

    /// Attaches raw image `image` as the next virtio-blk disk (`/dev/vda` first, then
    /// `/dev/vdb`…) and loads `virtio_pci` and `virtio_blk` (unless built in). Writes reach
    /// the file unless `readonly`.
    pub fn disk(mut self, image: &Path, readonly: bool) -> Guest {
        self.disks.push((image.to_owned(), readonly));
        self
    }

    /// Whether `/init` mounts proc, sysfs and devtmpfs on `/proc`, `/sys`, `/dev` before the
    /// script (default true); false mounts nothing, so the unpacked tree stays as archived.
    pub fn mount_dev(mut self, on: bool) -> Guest {
        self.mount_dev = on;
        self
    }

    /// Guest memory in MiB (default 1024).
    pub fn memory_mib(mut self, mib: u32) -> Guest {
        self.memory_mib = mib;
        self
    }

    /// How long boot plus script may take before `run` kills QEMU and panics (default 120 s).
    pub fn timeout(mut self, t: Duration) -> Guest {
        self.timeout = t;
        self
    }
}
