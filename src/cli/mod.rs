//! The command line: `anvil-assemble [<command>] [options]`.
mod build; // BuildArgs: the default build, without a subcommand
mod examples; // the --help examples of every command
mod initramfs; // InitramfsArgs
mod iso; // IsoArgs
mod pool; // PoolArgs
mod size; // sizes such as 500M, and auto
mod tree; // TreeArgs, shared by every command that archives a tree
mod verify; // VerifyArgs

use clap::{Parser, Subcommand};

use examples::{EXAMPLES, INITRAMFS_EXAMPLE, ISO_EXAMPLE, POOL_EXAMPLE, VERIFY_EXAMPLE};

pub use build::BuildArgs;
pub use initramfs::InitramfsArgs;
pub use iso::IsoArgs;
pub use pool::{Compression, PoolArgs, VdevTypeArg};
pub use size::{Size, parse_size_or_auto};
pub use tree::TreeArgs;
pub use verify::VerifyArgs;

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
    /// Read an image back (pool, initramfs or ISO) and check every structure, checksum and
    /// extent; with --tree, compare every entry with the tree.
    #[command(after_help = VERIFY_EXAMPLE)]
    Verify(VerifyArgs),
}
