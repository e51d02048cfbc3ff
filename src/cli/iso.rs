//! `anvil-assemble iso` options.
use std::path::PathBuf;

use clap::Args;

use super::TreeArgs;
use super::initramfs::Xattrs;

/// `anvil-assemble iso`.
#[derive(Debug, Args)]
pub struct IsoArgs {
    /// The tree that becomes the ISO's root; the boot files are placed beside it.
    #[command(flatten)]
    pub tree: TreeArgs,
    /// The kernel, stored as /boot/bzImage.
    #[arg(long, value_name = "FILE")]
    pub kernel: PathBuf,
    /// The initramfs, stored as /boot/initramfs.cpio.gz.
    #[arg(long, value_name = "FILE")]
    pub initrd: PathBuf,
    /// Output file (written to a temporary file beside it, renamed when complete).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Kernel command line put in isolinux.cfg.
    #[arg(
        long,
        value_name = "CMDLINE",
        default_value = "console=tty0 console=ttyS0,115200"
    )]
    pub append: String,
    /// ISO 9660 volume identifier (at most 32 characters: A–Z, 0–9, _).
    #[arg(long, value_name = "ID", default_value = "ANVILOS")]
    pub volume_id: String,
    /// Leave out the isohybrid MBR (and the GPT): the image boots as a CD only, not from a
    /// disk or USB stick.
    #[arg(long)]
    pub no_hybrid: bool,
    /// Leave out UEFI boot: no EFI system partition (/boot/efi.img with systemd-boot, from
    /// Debian's systemd-boot-efi), no second El Torito entry, no GPT.
    #[arg(long)]
    pub no_efi: bool,
    /// Extended attributes, which the image cannot store (no AAIP): warn (leave them out,
    /// say so once) or error (refuse before writing).
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = Xattrs::Warn)]
    pub xattrs: Xattrs,
}
