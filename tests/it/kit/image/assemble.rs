//! Runs our own binary: `anvil-assemble initramfs --root … --spec … --out …`. No `--all-root`,
//! so the owners in the test's tree reach the archive as they are.
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::kit::Guest;

/// Archives the guest's tree (or an empty directory) plus `spec` into
/// `stage/initramfs.cpio.gz`, with the guest's `env` set.
pub(super) fn run(guest: &Guest, spec: &Path, stage: &Path) -> PathBuf {
    let root = guest
        .tree
        .as_ref()
        .map_or_else(|| empty_root(stage), PathBuf::clone);
    let out = stage.join("initramfs.cpio.gz");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_anvil-assemble"));
    cmd.arg("initramfs").arg("--root").arg(&root);
    cmd.arg("--spec").arg(spec).arg("--out").arg(&out);
    cmd.envs(guest.env.iter().map(|(k, v)| (k, v)));
    let result = cmd
        .output()
        .unwrap_or_else(|e| panic!("starting {cmd:?}: {e}"));
    assert!(
        result.status.success(),
        "{cmd:?} failed ({}):\n{}\nspec:\n{}",
        result.status,
        String::from_utf8_lossy(&result.stderr),
        fs::read_to_string(spec).unwrap_or_default()
    );
    out
}

fn empty_root(stage: &Path) -> PathBuf {
    let root = stage.join("root");
    fs::create_dir_all(&root).expect("creating the empty archive root");
    root
}
