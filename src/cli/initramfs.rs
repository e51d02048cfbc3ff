//! `anvil-assemble initramfs` options.
use std::path::PathBuf;

use clap::Args;

use super::TreeArgs;

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
