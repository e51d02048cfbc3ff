//! The entries the build lays out, in memory (every entry owned by 0:0): directories, files
//! from the forged inputs or from text, symlinks, device nodes, and the busybox applet links,
//! taken from a list file — busybox itself is never run.
use std::collections::BTreeSet;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::sync::Arc;

use anvil_tree::{Addition, Kind, Meta, Source, Time};
use anyhow::{Context, Result};

/// Entries in the order given, each path once (a later duplicate is skipped).
pub struct Spec {
    adds: Vec<Addition>,
    paths: BTreeSet<String>,
    /// The time of entries that have no file to take one from (`SOURCE_DATE_EPOCH` or 0).
    time: Time,
}

impl Spec {
    /// An empty layout whose made-up entries are dated `epoch`.
    pub fn new(epoch: Option<i64>) -> Spec {
        let time = Time {
            sec: epoch.unwrap_or(0),
            nsec: 0,
        };
        let (adds, paths) = (Vec::new(), BTreeSet::new());
        Spec { adds, paths, time }
    }

    /// A directory.
    pub fn dir(&mut self, name: &str, mode: u32) {
        self.add(name, Kind::Dir, mode, self.time);
    }

    /// A file holding a host file's bytes, dated as that file.
    pub fn file(&mut self, name: &str, from: &Path, mode: u32) -> Result<()> {
        let md = from
            .metadata()
            .with_context(|| format!("reading {}", from.display()))?;
        let mtime = Time {
            sec: md.mtime(),
            nsec: md.mtime_nsec() as u32,
        };
        let source = Source::Host(from.to_owned());
        let size = md.len();
        self.add(name, Kind::File { source, size }, mode, mtime);
        Ok(())
    }

    /// A file holding `text`.
    pub fn text(&mut self, name: &str, text: &str, mode: u32) {
        let bytes: Arc<[u8]> = Arc::from(text.as_bytes());
        let (size, source) = (bytes.len() as u64, Source::Bytes(bytes));
        self.add(name, Kind::File { source, size }, mode, self.time);
    }

    /// A symlink with permissions 0777.
    pub fn slink(&mut self, name: &str, target: &str) {
        let target = target.as_bytes().to_vec();
        self.add(name, Kind::Symlink { target }, 0o777, self.time);
    }

    /// A character device.
    pub fn char_dev(&mut self, name: &str, mode: u32, major: u32, minor: u32) {
        self.add(name, Kind::CharDev { major, minor }, mode, self.time);
    }

    /// The entries, for `anvil_tree::Options::add`.
    pub fn into_additions(self) -> Vec<Addition> {
        self.adds
    }

    fn add(&mut self, name: &str, kind: Kind, mode: u32, mtime: Time) {
        if self.paths.insert(name.to_owned()) {
            let (uid, gid) = (0, 0);
            let meta = Meta {
                mode,
                uid,
                gid,
                mtime,
            };
            let names = vec![name.trim_start_matches('/').as_bytes().to_vec()];
            let xattrs = Vec::new();
            self.adds.push(Addition {
                names,
                kind,
                meta,
                xattrs,
            });
        }
    }
}
