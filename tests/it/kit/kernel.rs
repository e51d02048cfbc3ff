//! Which kernel the guest boots: `ANVIL_KIT_KERNEL` (a `vmlinuz-<version>` path), else the
//! newest `/boot/vmlinuz-*` whose `/lib/modules/<version>/modules.dep` exists. `under` does the
//! same search in an unpacked root (a kernel the host does not run, as the 2.1.11 kit's).
use std::fs;
use std::path::{Path, PathBuf};

/// A kernel image and the directory of its modules.
#[derive(Clone, Debug)]
pub(super) struct Kernel {
    /// The bzImage handed to `qemu -kernel`.
    pub image: PathBuf,
    /// `<root>/lib/modules/<version>`, holding `modules.dep`.
    pub modules: PathBuf,
}

impl Kernel {
    /// The kernel named by `ANVIL_KIT_KERNEL`, or the newest installed one.
    pub(super) fn find() -> Kernel {
        if let Some(image) = std::env::var_os("ANVIL_KIT_KERNEL") {
            let image = PathBuf::from(image);
            return Kernel::at(Path::new("/"), &image).unwrap_or_else(|| {
                panic!(
                    "ANVIL_KIT_KERNEL={}: want a readable vmlinuz-<version> whose \
                     /lib/modules/<version>/modules.dep exists",
                    image.display()
                )
            });
        }
        Kernel::under(Path::new("/")).unwrap_or_else(|| {
            panic!(
                "no /boot/vmlinuz-<version> with /lib/modules/<version>/modules.dep: install \
                 the Debian package `linux-image-amd64`"
            )
        })
    }

    /// The newest `root/boot/vmlinuz-<version>` whose `root/lib/modules/<version>/modules.dep`
    /// exists.
    pub(super) fn under(root: &Path) -> Option<Kernel> {
        let entries = fs::read_dir(root.join("boot"))
            .into_iter()
            .flatten()
            .flatten();
        let mut found: Vec<Kernel> = entries
            .filter_map(|e| Kernel::at(root, &e.path()))
            .collect();
        found.sort_by_key(|k| version_key(&k.image));
        found.pop()
    }

    fn at(root: &Path, image: &Path) -> Option<Kernel> {
        let version = image.file_name()?.to_str()?.strip_prefix("vmlinuz-")?;
        let modules = root.join("lib/modules").join(version);
        let usable = image.is_file() && modules.join("modules.dep").is_file();
        usable.then(|| Kernel {
            image: image.to_owned(),
            modules,
        })
    }
}

/// The numbers in a kernel file name, in order: `6.12.95+deb12` sorts after `6.1.0+deb12`.
fn version_key(image: &Path) -> Vec<u64> {
    let name = image.file_name().unwrap_or_default().to_string_lossy();
    name.split(|c: char| !c.is_ascii_digit())
        .filter_map(|part| part.parse().ok())
        .collect()
}
