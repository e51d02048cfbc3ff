//! One module per subcommand: arguments in, library calls out, a summary on stdout.
pub mod boot; // the ISO's boot layout: boot files, isolinux, the ESP
mod initramfs; // tree → initramfs.cpio.gz
pub mod inputs; // input files checked by type before they are opened
mod iso; // tree + kernel + initramfs + isolinux → bootable hybrid ISO
pub mod output; // --out checked and its directory tried before any work
mod pool; // tree → rootfs.img (a ZFS pool)
pub mod tree; // TreeArgs + SOURCE_DATE_EPOCH → anvil_tree::Tree
pub mod verify; // an image read back, optionally against its tree

use crate::cli::Command;

/// Runs one subcommand.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Initramfs(args) => initramfs::run(&args),
        Command::Iso(args) => iso::run(&args),
        Command::Pool(args) => pool::run(&args),
        Command::Verify(args) => verify::run(&args),
    }
}
