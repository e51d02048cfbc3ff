//! `anvil-assemble pool` judged by OpenZFS: `zdb` in userspace and the kernel module through
//! the QEMU kit.
mod collision; // colliding names in one micro ZAP: distinct cds
mod kernel; // Debian's kernel + DKMS OpenZFS import, compare, scrub, write, re-import
mod zdb; // zdb -bcc, -dddd and -r on the image

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tree::fixture::{EPOCH, Fixture};

/// Builds a pool image of `fx` (tree + spec) in `fx.dir` with `extra` options.
pub fn build(fx: &Fixture, name: &str, extra: &[&str]) -> PathBuf {
    let dir = fx.dir.path().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("rootfs.img");
    let run = Command::new(env!("CARGO_BIN_EXE_anvil-assemble"))
        .arg("pool")
        .args([
            Path::new("--root"),
            &fx.root,
            Path::new("--spec"),
            &fx.spec,
            Path::new("--out"),
            &out,
        ])
        .args(extra)
        .env("SOURCE_DATE_EPOCH", EPOCH.to_string())
        .output()
        .expect("running anvil-assemble");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "anvil-assemble pool failed: {stderr}");
    out
}
