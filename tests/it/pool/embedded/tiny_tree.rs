//! The tiny tree: 200 text files of 1–200 bytes, 200 of noise, 60 directories each with a
//! file of 0–2 bytes (two in three also with an empty subdirectory), and a symlink whose
//! 300-byte target spills out of the bonus.
use std::fs;

use tempfile::TempDir;

use crate::tree::build::noise;

/// Contents of `t/text-N` (compressible) and `t/noise-N` (not).
pub fn text(n: usize) -> Vec<u8> {
    b"tiny file\n".iter().cycle().take(n).copied().collect()
}

/// The tree at `root/` in a new temporary folder.
pub fn tiny_tree() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("root/t");
    fs::create_dir_all(&t).unwrap();
    for n in 1..=200 {
        fs::write(t.join(format!("text-{n:03}")), text(n)).unwrap();
        fs::write(t.join(format!("noise-{n:03}")), noise(n as u32, n)).unwrap();
    }
    for d in 0..60 {
        let sub = dir.path().join(format!("root/d/{d:02}"));
        fs::create_dir_all(sub.join(if d % 3 == 0 { "" } else { "s" })).unwrap();
        fs::write(sub.join("x"), [b'0' + d % 10].repeat(d as usize % 3)).unwrap();
    }
    let target = "a/".repeat(150);
    std::os::unix::fs::symlink(target, dir.path().join("root/long-link")).unwrap();
    dir
}
