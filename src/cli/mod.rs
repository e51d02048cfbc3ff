//! The command line: `anvil-assemble [<command>] [options]`.
mod build; // BuildArgs: the default build, without a subcommand
mod initramfs; // InitramfsArgs
mod iso; // IsoArgs
mod pool; // PoolArgs
mod size; // sizes such as 500M, and auto
mod tree; // TreeArgs, shared by every command that archives a tree

use clap::{Parser, Subcommand};

pub use build::BuildArgs;
pub use initramfs::InitramfsArgs;
pub use iso::IsoArgs;
pub use pool::{Compression, PoolArgs, VdevTypeArg};
pub use size::{Size, parse_size_or_auto};
pub use tree::TreeArgs;

const INITRAMFS_EXAMPLE: &str = "Example:
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz

devices.list uses the kernel's gen_init_cpio lines, e.g.:
  nod /dev/console 0600 0 0 c 5 1
  pipe /run/initctl 0600 0 0
  slink /bin/sh busybox 0777 0 0

SOURCE_DATE_EPOCH, when set, clamps every mtime: same input, same bytes.";

const ISO_EXAMPLE: &str = "Example:
  anvil-assemble iso --root iso-root/ --kernel /boot/vmlinuz-6.12.95+deb12-amd64 \\
    --initrd initramfs.cpio.gz --append 'console=ttyS0,115200 quiet' --out anvil.iso

The image holds iso-root/ plus /boot/bzImage, /boot/initramfs.cpio.gz and
/isolinux/{isolinux.bin,ldlinux.c32,isolinux.cfg,boot.cat} (Debian packages isolinux
and syslinux-common), and an EFI system partition with systemd-boot (systemd-boot-efi),
the same kernel, initramfs and command line. It boots on BIOS (isolinux) and UEFI
(systemd-boot), as a CD and, through the hybrid MBR/GPT, as a disk or USB stick.
SOURCE_DATE_EPOCH dates it: same input, same bytes.";

const POOL_EXAMPLE: &str = "Examples:
  anvil-assemble pool --root rootfs/ --spec devices.list --all-root --out rootfs.img
  anvil-assemble pool --manifest pool.toml --out rootfs.img   (docs/manifest-example.toml)

The first writes pool anvil_pool (ashift 12, lz4, mountpoint none, exported) with
dataset anvil_pool/ROOT (mountpoint /) holding the tree, in a 500 MiB image that
`zpool import -d DIR anvil_pool` imports without -f. The second writes the pool and
datasets a TOML manifest declares, each with its own tree and properties; flags given
override its [pool]. SOURCE_DATE_EPOCH and --seed make the image reproducible.";

/// Examples for the top-level `--help`, one per command.
const EXAMPLES: &str = "Examples:
  anvil-assemble --out anvilos-alpha.iso --append anvil.poweroff   (reads anvil.toml)
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz
  anvil-assemble pool --root rootfs/ --all-root --size 500M --out rootfs.img
  anvil-assemble iso --root iso-root/ --kernel vmlinuz --initrd initramfs.cpio.gz --out anvil.iso

Run `anvil-assemble <command> --help` for a command's options.";

/// Assembles a ZFS-rooted bootable Linux image without root, loop devices or kernel modules.
#[derive(Debug, Parser)]
#[command(version, about, propagate_version = true, after_help = EXAMPLES)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Cli {
    /// The default build's options (used when no command is given).
    #[command(flatten)]
    pub build: BuildArgs,
    /// What to build; none runs the default build.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a gzip-compressed newc initramfs from a directory tree.
    #[command(after_help = INITRAMFS_EXAMPLE)]
    Initramfs(InitramfsArgs),
    /// Write a bootable hybrid ISO (BIOS, isolinux) from a tree, a kernel and an initramfs.
    #[command(after_help = ISO_EXAMPLE)]
    Iso(IsoArgs),
    /// Write a ZFS pool image from a directory tree, as an ordinary user.
    #[command(after_help = POOL_EXAMPLE)]
    Pool(PoolArgs),
}
