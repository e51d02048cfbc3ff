//! Where a tree comes from: the options every command that archives a tree shares, and
//! `pool`'s variant of them, which a manifest can replace.
use std::path::PathBuf;

use clap::Args;

/// Where a tree comes from: shared by every command that archives one.
#[derive(Debug, Args)]
pub struct TreeArgs {
    /// Directory or tar archive (plain, gzip, zstd or xz; told by content) whose contents
    /// become the image's root. An archive is read in place, never extracted; a compressed
    /// one is decompressed once into an unnamed file beside --out.
    #[arg(long, value_name = "DIR|TAR")]
    pub root: PathBuf,
    /// gen_init_cpio-style list (dir, file, slink, pipe, sock, nod) that adds or overrides entries.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Record every entry of --root as owned by 0:0 (spec lines keep the ids they give).
    #[arg(long)]
    pub all_root: bool,
}

/// `TreeArgs` for `pool`, where `--manifest` can take the place of `--root`.
#[derive(Debug, Args)]
pub struct PoolTreeArgs {
    /// Directory or tar archive (plain, gzip, zstd or xz; told by content) whose contents
    /// become the dataset's root (required without --manifest).
    #[arg(long, value_name = "DIR|TAR", required_unless_present = "manifest")]
    pub root: Option<PathBuf>,
    /// gen_init_cpio-style list (dir, file, slink, pipe, sock, nod) that adds or overrides entries.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    /// Record every entry of --root as owned by 0:0 (spec lines keep the ids they give).
    #[arg(long)]
    pub all_root: bool,
}

impl PoolTreeArgs {
    /// The shared `TreeArgs`, when `--root` was given.
    pub fn tree_args(&self) -> Option<TreeArgs> {
        let (spec, all_root) = (self.spec.clone(), self.all_root);
        self.root.clone().map(|root| TreeArgs {
            root,
            spec,
            all_root,
        })
    }
}
