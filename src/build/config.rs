//! `anvil.toml`: the default build's inputs, pool, root dataset and ISO. Relative paths are
//! taken from the file's directory; a missing forged input is reported with the forge command.
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::manifest::PoolSection;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub inputs: Inputs,
    #[serde(default)]
    pub pool: PoolSection,
    pub root: RootSection,
    pub iso: IsoSection,
}

/// `[inputs]`: the forged files.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inputs {
    pub kernel: PathBuf,
    pub busybox: PathBuf,
    pub zpool: PathBuf,
    pub zfs: PathBuf,
    pub mount_zfs: Option<PathBuf>,
    pub applets: Option<PathBuf>,
}

/// `[root]`: the dataset that holds the root tree, and what the tree starts from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RootSection {
    pub dataset: String,
    pub mountpoint: String,
    /// A directory or tar archive (e.g. from `mmdebstrap --mode=unshare`) the root starts
    /// from; the build's own files are laid over it.
    pub tree: Option<PathBuf>,
    /// Record the tree's owners as 0:0.
    #[serde(default)]
    pub all_root: bool,
}

/// `[iso]`: the image and how the initramfs finds it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IsoSection {
    pub volume_id: String,
    pub image: String,
    pub append: String,
    pub wait: u32,
}

impl Config {
    /// Reads `path` and makes its input paths relative to its directory.
    pub fn read(path: &Path) -> Result<Config> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let mut config: Config =
            toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        let dir = path.parent().unwrap_or(Path::new(""));
        let i = &mut config.inputs;
        for p in [&mut i.kernel, &mut i.busybox, &mut i.zpool, &mut i.zfs] {
            *p = dir.join(&*p);
        }
        let optional = [&mut i.mount_zfs, &mut i.applets, &mut config.root.tree];
        for p in optional.into_iter().flatten() {
            *p = dir.join(&*p);
        }
        Ok(config)
    }

    /// Fails with one message naming every missing required input and the forge command.
    pub fn check_inputs(&self) -> Result<()> {
        let i = &self.inputs;
        let missing: Vec<String> = [&i.kernel, &i.busybox, &i.zpool, &i.zfs]
            .into_iter()
            .filter(|p| !p.is_file())
            .map(|p| p.display().to_string())
            .collect();
        if !missing.is_empty() {
            bail!(
                "missing forged input{}: {} (forge them with `bash vendor/forge all`)",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", ")
            );
        }
        Ok(())
    }
}
