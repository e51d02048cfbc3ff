//! The build's work directory beside `--out` (the pool image and the initramfs before they
//! go into the ISO), and the ISO's own tree.
use std::path::Path;

use anvil_tree::Tree;
use anyhow::{Context, Result};

use super::config::Config;
use super::layout::load;
use super::spec::Spec;

/// The ISO's own tree: the pool image at its root.
pub fn iso_tree(config: &Config, img: &Path, epoch: Option<i64>) -> Result<Tree> {
    let mut spec = Spec::new(epoch);
    spec.file(&format!("/{}", config.iso.image), img, 0o644)?;
    load(spec, epoch, "the ISO's tree")
}

/// `.<out>.anvil-work/` beside the output, removed when dropped or when a signal ends the run.
pub fn work_dir(out: &Path) -> Result<anvil_output::WorkDir> {
    let name = out
        .file_name()
        .context("--out names no file")?
        .to_string_lossy();
    let dir = out.with_file_name(format!(".{name}.anvil-work"));
    anvil_output::WorkDir::create(&dir).with_context(|| format!("creating {}", dir.display()))
}
