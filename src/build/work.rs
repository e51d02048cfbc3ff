//! The build's work directory beside `--out`, the ISO's own tree and the pool's timestamp.
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anvil_tree::{Options, Tree};
use anyhow::{Context, Result};

use super::config::Config;
use super::spec::Spec;

/// The ISO's own tree: the pool image at its root.
pub fn iso_tree(config: &Config, img: &Path, work: &Path, epoch: Option<i64>) -> Result<Tree> {
    let mut spec = Spec::default();
    spec.file(&format!("/{}", config.iso.image), img, 0o644)?;
    load(&spec, work, "iso.spec", epoch)
}

/// Writes `text` as `work/name` and returns its path.
pub fn put(work: &Path, name: &str, text: &str) -> Result<PathBuf> {
    let path = work.join(name);
    std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// Writes the spec beside the files it names and loads it as a tree.
pub fn load(spec: &Spec, work: &Path, name: &str, epoch: Option<i64>) -> Result<Tree> {
    let spec = Some(put(work, name, spec.text())?);
    let opts = Options {
        root: None,
        spec,
        all_root: true,
        source_date_epoch: epoch,
        ..Default::default()
    };
    anvil_tree::load(&opts).with_context(|| format!("laying out {name}"))
}

/// The pool's creation time: `SOURCE_DATE_EPOCH`, else now.
pub fn time(epoch: Option<i64>) -> u64 {
    let now = SystemTime::now().duration_since(UNIX_EPOCH);
    epoch.map_or_else(|| now.map_or(0, |d| d.as_secs()), |e| e as u64)
}

/// `.<out>.anvil-work/` beside the output, removed when dropped.
pub struct WorkDir(pub PathBuf);

impl WorkDir {
    pub fn create(out: &Path) -> Result<WorkDir> {
        let name = out
            .file_name()
            .context("--out names no file")?
            .to_string_lossy();
        let dir = out.with_file_name(format!(".{name}.anvil-work"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(WorkDir(dir))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
