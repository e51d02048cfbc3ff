//! The default build's options: `anvil-assemble --out FILE [--manifest FILE] [--append TEXT]`.
use std::path::PathBuf;

use clap::Args;

/// The default build (no subcommand): anvil.toml's inputs → a bootable ISO with a ZFS root.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The ISO to write (default build; written to a temporary file beside it, renamed when
    /// complete). Work files go to a hidden directory beside it, removed at the end.
    #[arg(long, value_name = "FILE", required = true)]
    pub out: Option<PathBuf>,
    /// The build's description (default build): inputs, pool, ISO, kernel command line.
    #[arg(long, value_name = "FILE", default_value = "anvil.toml")]
    pub manifest: PathBuf,
    /// Extra kernel command line after anvil.toml's `append` (default build), e.g.
    /// `anvil.poweroff` or `anvil.copytoram`.
    #[arg(long, value_name = "EXTRA")]
    pub append: Option<String>,
    /// Skip step 5 (default build): reading the pool, the initramfs and the ISO back and
    /// comparing each with its tree.
    #[arg(long)]
    pub no_verify: bool,
}
