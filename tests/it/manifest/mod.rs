//! `anvil-assemble pool --manifest FILE`: errors that name the file, line, dataset and key; a
//! pool of nested datasets with their own trees and properties, judged by zdb; and the
//! documented example.
mod compression; // per-dataset compression, set or inherited, as zdb reads it
mod errors; // malformed manifests: FILE:LINE:COL, dataset and key; nothing written
mod example; // docs/manifest-example.toml builds, and flags override its [pool]
mod nested; // ROOT + ROOT/home with their own trees and properties, read by zdb
mod props; // unknown and malformed properties: dataset, key, what is accepted

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

use crate::host::oracle;
use crate::tree::fixture::EPOCH;

/// A work directory: `pool.toml`, the trees a test puts beside it, and `out/` for the image.
pub struct Work {
    pub dir: TempDir,
}

impl Work {
    /// A work directory whose manifest is `toml`.
    pub fn new(toml: &str) -> Work {
        let work = Work {
            dir: tempfile::tempdir().unwrap(),
        };
        work.file("pool.toml", toml);
        fs::create_dir(work.out()).unwrap();
        work
    }

    /// Writes `text` to `rel` under the work directory, creating its parents.
    pub fn file(&self, rel: &str, text: &str) {
        let path = self.dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Where the image goes.
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("out")
    }

    /// `anvil-assemble pool --out out/rootfs.img`, run in the work directory.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_anvil-assemble"));
        cmd.current_dir(self.dir.path())
            .args(["pool", "--out", "out/rootfs.img"])
            .env("SOURCE_DATE_EPOCH", EPOCH.to_string());
        cmd
    }

    /// `command()` with `--manifest pool.toml` and `extra`, which must succeed.
    pub fn build(&self, extra: &[&str]) -> PathBuf {
        let run = self
            .command()
            .args(["--manifest", "pool.toml"])
            .args(extra)
            .output()
            .expect("running anvil-assemble");
        assert!(run.status.success(), "pool failed: {}", text(&run));
        self.out().join("rootfs.img")
    }
}

/// stdout and stderr of `out`.
pub fn text(out: &Output) -> String {
    let (o, e) = (&out.stdout, &out.stderr);
    format!(
        "{}{}",
        String::from_utf8_lossy(o),
        String::from_utf8_lossy(e)
    )
}

/// `zdb -e -p DIR args`, which must succeed; what it printed.
pub fn zdb(dir: &Path, args: &[&str]) -> String {
    let out = oracle("zdb", "zfsutils-linux (bookworm-backports contrib)")
        .args(["-e", "-p"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "zdb {args:?} failed:\n{}", text(&out));
    text(&out)
}
