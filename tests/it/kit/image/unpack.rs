//! Kernel modules arrive compressed (`.ko.xz`, `.ko.zst`) or plain (`.ko`, DKMS). busybox
//! `insmod` wants them plain, so the host decompresses them into the staging directory.
use std::fs::{self, File};
use std::path::Path;
use std::process::Command;

use crate::kit::tool::require;

/// Writes module `src` uncompressed to `dst`.
pub(super) fn unpack(src: &Path, dst: &Path) {
    let name = src.to_string_lossy();
    let tool = match () {
        _ if name.ends_with(".ko.xz") => ("xz", "xz-utils"),
        _ if name.ends_with(".ko.zst") => ("zstd", "zstd"),
        _ => {
            fs::copy(src, dst).unwrap_or_else(|e| panic!("copying {name}: {e}"));
            return;
        }
    };
    let out = File::create(dst).unwrap_or_else(|e| panic!("creating {}: {e}", dst.display()));
    let status = Command::new(require(tool.0, tool.1))
        .arg("-dc")
        .arg(src)
        .stdout(out)
        .status()
        .unwrap_or_else(|e| panic!("running {} -dc {name}: {e}", tool.0));
    assert!(status.success(), "{} -dc {name} failed: {status}", tool.0);
}
