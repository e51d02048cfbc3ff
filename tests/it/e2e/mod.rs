//! The main job end to end: `anvil-assemble --out anvilos-alpha.iso` from the forged inputs
//! (`bash vendor/forge all`; CI forges them), assembled as uid 65534 — no root, so no loop
//! device —, boots into the pool's own /init three ways, and with `anvil.copytoram` the ZFS
//! root takes a write.
mod boots; // SeaBIOS as CD and as disk, OVMF as CD: the banner says what the pool is

use std::fs;
use std::path::{Path, PathBuf};

use crate::host::{as_nobody, open_up};

/// The repository root: `anvil.toml` and `build_artifacts/` live there.
const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// Panics, naming the command, when the forged inputs are missing.
pub fn forged() {
    let kernel = Path::new(REPO).join("build_artifacts/bzImage");
    assert!(
        kernel.is_file(),
        "{} is missing: run `bash vendor/forge all` (CI does)",
        kernel.display()
    );
}

/// Builds the ISO with `--append append` into a fresh directory, as uid 65534 when root.
pub fn build_iso(work: &Path, append: &str) -> PathBuf {
    forged();
    open_up(work);
    let out = work.join("anvilos-alpha.iso");
    let run = as_nobody()
        .current_dir(REPO)
        .arg("--out")
        .arg(&out)
        .args(["--append", append])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "the default build failed as uid 65534: {stderr}"
    );
    out
}

/// SHA-256 of a forged file, as `sha256sum` prints it.
pub fn sha256(rel: &str) -> String {
    use sha2::{Digest, Sha256};
    format!(
        "{:x}",
        Sha256::digest(fs::read(Path::new(REPO).join(rel)).unwrap())
    )
}
