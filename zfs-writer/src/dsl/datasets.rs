//! The directory tree: the root directory with its special children `$MOS`, `$FREE` and
//! `$ORIGIN`, and every dataset's directory and head dataset.
//! OpenZFS module/zfs/dsl_pool.c (`dsl_pool_create`), include/sys/dsl_dir.h (`MOS_DIR_NAME`,
//! `FREE_DIR_NAME`); dsl_pool.c (`dsl_pool_open_special_dir` finds them by name).
use super::builder::Mos;
use super::dir::{DirContents, DirLinks};
use super::origin::ORIGIN_DIR_NAME;
use super::space::{DirSpace, dir_space};

/// `MOS_DIR_NAME`: the directory that accounts for the MOS's own space.
const MOS_DIR_NAME: &str = "$MOS";
/// `FREE_DIR_NAME`: the directory that accounts for space being freed.
const FREE_DIR_NAME: &str = "$FREE";

impl Mos<'_> {
    /// Puts every dataset's directory and head dataset, then `$MOS` and `$FREE`.
    pub(super) fn put_datasets(&mut self) {
        let input = self.input;
        let tree = input.tree();
        let parents: Vec<Option<usize>> = tree.iter().map(|t| t.0).collect();
        let space = dir_space(input, &parents);
        let origin = self.lay.origin.snap.ds;
        for (i, ds) in input.datasets.iter().enumerate() {
            let (dir, head) = self.lay.heads[i];
            let parent = parents[i].map_or(0, |p| self.lay.heads[p].0.dir);
            let links = DirLinks {
                head: head.ds,
                parent,
                origin,
                clones: 0,
            };
            let children = tree.iter().enumerate().filter(|(_, t)| t.0 == Some(i));
            let mut children: Vec<(&str, u64)> = children
                .map(|(j, t)| (t.1, self.lay.heads[j].0.dir))
                .collect();
            if i == 0 {
                children.extend(self.special_dirs());
            }
            let contents = DirContents {
                props: &ds.props,
                children,
                snapshots_changed: self.snapshots_changed(i),
            };
            self.put_dir(dir, links, space[i], contents);
            let features = input.compat.dataset_features(i > 0, ds.zstd);
            self.put_head((i, head), dir.dir, ds, &features);
        }
        self.put_special_dirs();
    }

    /// The root directory's special children by name.
    fn special_dirs(&self) -> [(&'static str, u64); 3] {
        [
            (MOS_DIR_NAME, self.lay.mos.dir),
            (FREE_DIR_NAME, self.lay.free.dir),
            (ORIGIN_DIR_NAME, self.lay.origin.dir.dir),
        ]
    }

    /// Puts `$MOS` and `$FREE`, empty: `MosDirs::account` adds the MOS's space to `$MOS`.
    fn put_special_dirs(&mut self) {
        let links = DirLinks {
            parent: self.lay.root.dir,
            ..DirLinks::default()
        };
        for ids in [self.lay.mos, self.lay.free] {
            let contents = DirContents {
                props: &[],
                children: Vec::new(),
                snapshots_changed: None,
            };
            self.put_dir(ids, links, DirSpace::default(), contents);
        }
    }
}
