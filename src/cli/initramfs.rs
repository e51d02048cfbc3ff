//! `anvil-assemble initramfs` options.
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use formats::XattrPolicy;

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
    /// Extended attributes, which newc cannot store: warn (leave them out, say so once) or
    /// error (refuse before writing).
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = Xattrs::Warn)]
    pub xattrs: Xattrs,
}

/// `--xattrs`: what a writer does with attributes its format cannot store.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Xattrs {
    /// Leave them out with one warning naming how many entries and which attributes.
    Warn,
    /// Refuse the tree, writing nothing.
    Error,
}

impl From<Xattrs> for XattrPolicy {
    fn from(x: Xattrs) -> XattrPolicy {
        match x {
            Xattrs::Warn => XattrPolicy::Warn,
            Xattrs::Error => XattrPolicy::Error,
        }
    }
}
