//! The command line: `anvil-assemble <command> [options]`.
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const INITRAMFS_EXAMPLE: &str = "Example:
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz

devices.list uses the kernel's gen_init_cpio lines, e.g.:
  nod /dev/console 0600 0 0 c 5 1
  pipe /run/initctl 0600 0 0
  slink /bin/sh busybox 0777 0 0

SOURCE_DATE_EPOCH, when set, clamps every mtime: same input, same bytes.";

/// Examples for the top-level `--help`, one per command.
const EXAMPLES: &str = "Examples:
  anvil-assemble initramfs --root rootfs/ --spec devices.list --all-root --out initramfs.cpio.gz

Run `anvil-assemble <command> --help` for a command's options.";

/// Assembles a ZFS-rooted bootable Linux image without root, loop devices or kernel modules.
#[derive(Debug, Parser)]
#[command(version, about, propagate_version = true, after_help = EXAMPLES)]
pub struct Cli {
    /// What to build.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a gzip-compressed newc initramfs from a directory tree.
    #[command(after_help = INITRAMFS_EXAMPLE)]
    Initramfs(InitramfsArgs),
}

/// Where a tree comes from: shared by every command that archives one.
#[derive(Debug, Args)]
pub struct TreeArgs {
    /// Directory whose contents become the image's root.
    #[arg(long, value_name = "DIR")]
    pub root: PathBuf,
    /// gen_init_cpio-style list (dir, file, slink, pipe, sock, nod) that adds or overrides entries.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Record every file of --root as owned by 0:0 (spec lines keep the ids they give).
    #[arg(long)]
    pub all_root: bool,
}

/// `anvil-assemble initramfs`.
#[derive(Debug, Args)]
pub struct InitramfsArgs {
    /// The input tree.
    #[command(flatten)]
    pub tree: TreeArgs,
    /// Output file (written to a temporary file beside it, renamed when complete).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// gzip level, 0 (store) to 9 (smallest).
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u32).range(0..=9))]
    pub level: u32,
    /// Compression threads (default: every core); the output is the same for any count.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub threads: Option<u32>,
}
