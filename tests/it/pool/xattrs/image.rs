//! The fixture's pool image: `anvil-assemble pool --root`, then the zdb leak check.
use std::path::PathBuf;

use super::fixture::XattrTree;
use crate::pool::run::{Run, assert_no_leaks, checked};

impl XattrTree {
    /// Writes the pool image into a folder of its own; returns `(folder, image)`.
    pub fn pool(&self) -> (PathBuf, PathBuf) {
        let out_dir = self.dir.path().join("pool");
        std::fs::create_dir(&out_dir).unwrap();
        let img = out_dir.join("rootfs.img");
        let extra = ["--size", "64M"];
        let run = Run {
            root: &self.root,
            spec: None,
            out: &img,
            extra: &extra,
        };
        checked(run.output());
        assert_no_leaks(&out_dir);
        (out_dir, img)
    }
}
