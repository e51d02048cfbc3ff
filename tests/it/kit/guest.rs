//! `Guest`: what to boot and what goes into its initramfs; the machine's settings are in
//! `machine.rs`, and `run.rs` boots it.
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::kernel::Kernel;

/// A QEMU guest to boot: Debian's kernel, busybox, and whatever the test adds.
#[derive(Clone, Debug)]
pub struct Guest {
    pub(super) kernel: Kernel,
    /// Module names in the order asked for; `image` adds their dependencies.
    pub(super) modules: Vec<String>,
    /// Host executables copied with their shared libraries, each at its host path.
    pub(super) binaries: Vec<PathBuf>,
    /// `(guest path, host file)` pairs.
    pub(super) files: Vec<(String, PathBuf)>,
    /// The archive root (`--root`); `None` is an empty directory.
    pub(super) tree: Option<PathBuf>,
    /// Extra `gen_init_cpio` lines, applied after the kit's own.
    pub(super) spec_lines: String,
    /// Environment for the `anvil-assemble` run that writes the initramfs.
    pub(super) env: Vec<(String, String)>,
    /// Raw images for virtio-blk, `(image, readonly)`, in `/dev/vda`, `/dev/vdb`… order.
    pub(super) disks: Vec<(PathBuf, bool)>,
    pub(super) mount_dev: bool,
    pub(super) memory_mib: u32,
    pub(super) timeout: Duration,
}

impl Guest {
    /// Debian's newest kernel and busybox, 1024 MiB, 1 vCPU, 120 s to finish.
    pub fn new() -> Guest {
        Guest {
            kernel: Kernel::find(),
            modules: Vec::new(),
            binaries: Vec::new(),
            files: Vec::new(),
            tree: None,
            spec_lines: String::new(),
            env: Vec::new(),
            disks: Vec::new(),
            mount_dev: true,
            memory_mib: 1024,
            timeout: Duration::from_secs(120),
        }
    }

    /// Loads module `name` (`-` and `_` alike) and its dependencies before the script runs.
    pub fn module(mut self, name: &str) -> Guest {
        self.modules.push(name.to_owned());
        self
    }

    /// Copies host executable `host_path` and its shared-library closure (from `ldd`, with the
    /// ELF interpreter), each to its host path inside the guest.
    pub fn binary(mut self, host_path: &str) -> Guest {
        self.binaries.push(PathBuf::from(host_path));
        self
    }

    /// Puts host file `host_path` at `guest_path`: mode 0755 if it is executable, else 0644.
    pub fn file(mut self, guest_path: &str, host_path: &Path) -> Guest {
        self.files
            .push((guest_path.to_owned(), host_path.to_owned()));
        self
    }

    /// Archives host directory `dir` as the guest's root, owners and modes as they are.
    pub fn tree(mut self, dir: &Path) -> Guest {
        self.tree = Some(dir.to_owned());
        self
    }

    /// Appends `gen_init_cpio` lines after the kit's own (a later line for a path wins).
    pub fn spec_lines(mut self, lines: &str) -> Guest {
        self.spec_lines.push_str(lines);
        self.spec_lines.push('\n');
        self
    }

    /// Sets `key=value` for the `anvil-assemble` run that writes the initramfs (for example
    /// `SOURCE_DATE_EPOCH`); the guest never sees it.
    pub fn env(mut self, key: &str, value: &str) -> Guest {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }
}
