//! Host tools the kit runs: found on `PATH`, or a panic naming the Debian package to install.
use std::env;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// The path of `tool` on `PATH` (or in `/usr/sbin`, `/sbin`); panics naming `package`.
pub(super) fn require(tool: &str, package: &str) -> PathBuf {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/sbin")])
        .map(|dir| dir.join(tool))
        .find(|p| is_executable(p))
        .unwrap_or_else(|| missing(tool, package))
}

/// `path` itself, which must exist and be executable; panics naming `package`.
pub(super) fn require_at(path: &str, package: &str) -> PathBuf {
    match is_executable(Path::new(path)) {
        true => PathBuf::from(path),
        false => missing(path, package),
    }
}

/// Whether `path` is a regular file with an execute bit (symlinks followed).
pub(super) fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn missing(tool: &str, package: &str) -> ! {
    panic!(
        "the QEMU test kit needs `{tool}`, which is missing: install the Debian package \
         `{package}` (apt-get install --no-install-recommends {package})"
    )
}
