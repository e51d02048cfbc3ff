//! `anvil-assemble verify` options.
use std::path::PathBuf;

use clap::Args;

/// `anvil-assemble verify IMAGE [--tree DIR|TAR [--spec FILE] [--all-root] [--dataset NAME]]`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The image: a pool, an initramfs or an ISO, told by its content.
    #[arg(value_name = "IMAGE")]
    pub image: PathBuf,
    /// Compare every entry (type, mode, owner, size, time, bytes, target, device, hard links,
    /// attributes the format holds) with this tree, loaded as the writer loaded it (with
    /// --spec, --all-root and SOURCE_DATE_EPOCH as given to it).
    #[arg(long, value_name = "DIR|TAR")]
    pub tree: Option<PathBuf>,
    /// The spec the image was written with (needs --tree).
    #[arg(long, value_name = "FILE", requires = "tree")]
    pub spec: Option<PathBuf>,
    /// The image was written with --all-root (needs --tree).
    #[arg(long, requires = "tree")]
    pub all_root: bool,
    /// A pool's dataset that holds the tree, by full name or below the pool [default: ROOT].
    #[arg(long, value_name = "NAME", requires = "tree")]
    pub dataset: Option<String>,
}
