//! One module per subcommand: arguments in, library calls out, a summary on stdout.
mod initramfs; // tree → initramfs.cpio.gz
mod pool; // tree → rootfs.img (a ZFS pool)
mod tree; // TreeArgs + SOURCE_DATE_EPOCH → anvil_tree::Tree

use crate::cli::Command;

/// Runs one subcommand.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Initramfs(args) => initramfs::run(&args),
        Command::Pool(args) => pool::run(&args),
    }
}
