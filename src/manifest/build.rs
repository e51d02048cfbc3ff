//! A manifest's datasets as the writer takes them: names checked (unique, each after its
//! parent), properties encoded, trees loaded from paths relative to the manifest. The writer
//! makes the first dataset the pool's `bootfs`.
use std::collections::HashSet;
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use zfs_writer::pool::{DatasetOptions, PropValue};

use super::file::Manifest;
use super::parse::DatasetSection;
use super::props::encode;

impl Manifest {
    /// Every dataset of pool `pool` in the manifest's order, its tree's times clamped to
    /// `epoch`.
    /// Compressed archives are spooled in `spool`.
    pub fn datasets(
        &self,
        pool: &str,
        epoch: Option<i64>,
        spool: &Path,
    ) -> Result<Vec<DatasetOptions>> {
        self.check_names(pool)?;
        let each = self.datasets.iter().map(|d| self.dataset(d, epoch, spool));
        each.collect()
    }

    /// Names are relative to the pool, unique, and come after their parent (which OpenZFS
    /// needs to exist first, as `zfs create` without `-p` does).
    fn check_names(&self, pool: &str) -> Result<()> {
        let mut seen = HashSet::new();
        for d in &self.datasets {
            let (name, at) = (d.name.get_ref().as_str(), self.at(d.name.span()));
            if let Err(why) = zfs_writer::pool::dataset_name(pool, name) {
                bail!("{at}: dataset {name:?} is not a valid dataset name: {why}");
            }
            if let Some((parent, _)) = name.rsplit_once('/')
                && !seen.contains(parent)
            {
                bail!("{at}: dataset {name:?} needs its parent {parent:?} listed before it");
            }
            if !seen.insert(name) {
                bail!("{at}: dataset {name:?} is listed twice");
            }
        }
        Ok(())
    }

    /// One dataset: its properties, then its tree (empty when it names no `root`).
    fn dataset(
        &self,
        d: &DatasetSection,
        epoch: Option<i64>,
        spool: &Path,
    ) -> Result<DatasetOptions> {
        let name = d.name.get_ref();
        let props = d.properties.iter().map(|(key, value)| {
            let encoded = encode(key, value.get_ref());
            let at = || self.at(value.span());
            let why = |why| anyhow!("{}: dataset {name:?}: property {key:?}: {why}", at());
            encoded.map(|v| (key.clone(), v)).map_err(why)
        });
        let props: Vec<(String, PropValue)> = props.collect::<Result<_>>()?;
        let opts = anvil_tree::Options {
            root: d.root.as_ref().map(|r| self.dir().join(r)),
            spool_dir: Some(spool.to_owned()),
            spec: d.spec.as_ref().map(|s| self.dir().join(s)),
            all_root: d.all_root,
            source_date_epoch: epoch,
            ..Default::default()
        };
        let tree = anvil_tree::load(&opts).with_context(|| {
            let file = self.path.display();
            format!("{file}: dataset {name:?}: loading its tree")
        })?;
        let name = name.clone();
        Ok(DatasetOptions {
            name,
            tree,
            props,
            snapshots: d.snapshots.clone(),
        })
    }
}
