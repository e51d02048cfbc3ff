//! The examples `--help` prints, one text per command and one for the top level.

pub const INITRAMFS_EXAMPLE: &str = "Example:
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz

devices.list uses the kernel's gen_init_cpio lines, e.g.:
  nod /dev/console 0600 0 0 c 5 1
  pipe /run/initctl 0600 0 0
  slink /bin/sh busybox 0777 0 0

SOURCE_DATE_EPOCH, when set, clamps every mtime: same input, same bytes.";

pub const ISO_EXAMPLE: &str = "Example:
  anvil-assemble iso --root iso-root/ --kernel /boot/vmlinuz-6.12.95+deb12-amd64 \\
    --initrd initramfs.cpio.gz --append 'console=ttyS0,115200 quiet' --out anvil.iso

The image holds iso-root/ plus /boot/bzImage, /boot/initramfs.cpio.gz and
/isolinux/{isolinux.bin,ldlinux.c32,isolinux.cfg,boot.cat} (Debian packages isolinux
and syslinux-common), and an EFI system partition with systemd-boot (systemd-boot-efi),
the same kernel, initramfs and command line. It boots on BIOS (isolinux) and UEFI
(systemd-boot), as a CD and, through the hybrid MBR/GPT, as a disk or USB stick.
SOURCE_DATE_EPOCH dates it: same input, same bytes.";

pub const POOL_EXAMPLE: &str = "Examples:
  anvil-assemble pool --root rootfs/ --spec devices.list --all-root --out rootfs.img
  anvil-assemble pool --manifest pool.toml --out rootfs.img   (docs/manifest-example.toml)

The first writes pool anvil_pool (ashift 12, lz4, mountpoint none, exported) with
dataset anvil_pool/ROOT (mountpoint /) holding the tree, in a 500 MiB image that
`zpool import -d DIR anvil_pool` imports without -f. The second writes the pool and
datasets a TOML manifest declares, each with its own tree and properties; flags given
override its [pool]. SOURCE_DATE_EPOCH and --seed make the image reproducible.";

pub const VERIFY_EXAMPLE: &str = "Examples:
  anvil-assemble verify rootfs.img
  anvil-assemble verify rootfs.img --tree rootfs/ --all-root --dataset anvil_pool/ROOT
  anvil-assemble verify anvil.iso --tree iso-root/

A pool is checked as `zdb -bcc` checks it (labels, uberblocks, every block's checksum and
lz4, every dnode and ZAP, the space maps against the blocks found), in Rust, with no
OpenZFS on the host; an initramfs's gzip members and newc headers; an ISO's descriptors,
path tables, Rock Ridge, El Torito catalog, MBR/GPT and ESP. Exit status 1 names the
first fault and where it is. --tree loads the tree as the writer did (give the same
--spec, --all-root and SOURCE_DATE_EPOCH).";

/// Examples for the top-level `--help`, one per command.
pub const EXAMPLES: &str = "Examples:
  anvil-assemble --out anvilos-alpha.iso --append anvil.poweroff   (reads anvil.toml)
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz
  anvil-assemble pool --root rootfs/ --all-root --size 500M --out rootfs.img
  anvil-assemble iso --root iso-root/ --kernel vmlinuz --initrd initramfs.cpio.gz --out anvil.iso
  anvil-assemble verify anvil.iso

Run `anvil-assemble <command> --help` for a command's options.";
