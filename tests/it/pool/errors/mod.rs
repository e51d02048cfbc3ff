//! Bad input: a non-zero exit, a message naming the culprit, and nothing left in the output
//! directory (no image, no temporary file).
mod input; // unreadable files, files that change while read, names ZFS refuses
pub mod size; // trees too large for --size, sizes below 64 MiB

use std::fs;
use std::path::Path;

use super::run::Run;
use crate::host::{assert_refused, open_up};

/// One refused run: the tree, the spec text if any, options, and whether uid 65534 runs it.
pub struct Bad<'a> {
    pub root: &'a Path,
    pub spec: Option<&'a str>,
    pub extra: &'a [&'a str],
    pub nobody: bool,
}

impl Bad<'_> {
    /// Runs it, asserts the failure contract and that stderr holds each of `want`; returns
    /// stderr.
    pub fn fails(&self, want: &[&str]) -> String {
        let work = tempfile::tempdir().unwrap();
        let out_dir = work.path().join("out");
        fs::create_dir(&out_dir).unwrap();
        open_up(work.path());
        open_up(&out_dir);
        let spec = work.path().join("bad.list");
        if let Some(text) = self.spec {
            fs::write(&spec, text).unwrap();
        }
        let out = out_dir.join("rootfs.img");
        let run = Run {
            root: self.root,
            spec: self.spec.map(|_| spec.as_path()),
            out: &out,
            extra: self.extra,
        };
        let done = match self.nobody {
            true => run.output_as_nobody(),
            false => run.output(),
        };
        assert_refused(&done, want, &out_dir)
    }
}

/// A world-readable one-file tree every case can start from.
pub fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    open_up(dir.path());
    fs::write(dir.path().join("ok"), b"fine\n").unwrap();
    dir
}
