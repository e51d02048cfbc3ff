//! Where a tree comes from: the options every command that archives a tree shares.
use std::path::PathBuf;

use clap::Args;

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
