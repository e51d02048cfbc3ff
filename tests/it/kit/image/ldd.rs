//! A host executable's shared libraries, from `ldd`: every `=> /path` plus the ELF interpreter.
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::kit::tool::require;

/// The libraries `binary` loads, the interpreter included; empty for a static executable.
pub(super) fn closure(binary: &Path) -> Vec<PathBuf> {
    let out = Command::new(require("ldd", "libc-bin"))
        .arg(binary)
        .output()
        .unwrap_or_else(|e| panic!("running ldd {}: {e}", binary.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let all = format!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    if all.contains("not a dynamic executable") || all.contains("statically linked") {
        return Vec::new();
    }
    assert!(
        out.status.success(),
        "ldd {} failed:\n{all}",
        binary.display()
    );
    stdout.lines().filter_map(|l| library(binary, l)).collect()
}

/// `libz.so.1 => /lib/…/libz.so.1 (0x…)` or `/lib64/ld-linux-x86-64.so.2 (0x…)` → the path;
/// `linux-vdso.so.1 (0x…)`, which has no file, → `None`.
fn library(binary: &Path, line: &str) -> Option<PathBuf> {
    let line = line.trim();
    assert!(
        !line.ends_with("not found"),
        "{} needs a library the host lacks: {line}",
        binary.display()
    );
    let path = line.split_once("=>").map_or(line, |(_, path)| path).trim();
    let path = path.split(" (").next()?.trim();
    path.starts_with('/').then(|| PathBuf::from(path))
}
