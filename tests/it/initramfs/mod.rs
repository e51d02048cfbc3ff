//! `anvil-assemble initramfs` judged by GNU cpio, gzip, the kernel (through the QEMU kit) and
//! its own error handling.
mod boot; // Debian's kernel unpacks it: every entry as the input says
mod cpio_oracle; // GNU cpio -idm extracts the same tree; gzip -t
mod errors; // bad input: clear message, non-zero exit, no file left behind
mod reproducible; // same input, same bytes, whatever the thread count
mod unprivileged; // assembly as uid 65534
mod xattrs; // attributes left out with one warning, or refused by --xattrs error

use std::path::Path;
use std::process::{Command, Output};

use crate::host::{BIN, as_nobody};
use crate::tree::fixture::EPOCH;

/// Runs `anvil-assemble initramfs ARGS` with `SOURCE_DATE_EPOCH` set to the fixtures' epoch.
pub fn assemble(args: &[&Path]) -> Output {
    run(Command::new(BIN), args)
}

/// Like [`assemble`], as uid/gid 65534 with no supplementary groups.
pub fn assemble_as_nobody(args: &[&Path]) -> Output {
    run(as_nobody(), args)
}

fn run(mut cmd: Command, args: &[&Path]) -> Output {
    cmd.arg("initramfs")
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH.to_string());
    cmd.output().expect("running anvil-assemble")
}

/// Like [`assemble`], asserting success.
pub fn assemble_ok(args: &[&Path]) {
    let out = assemble(args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "anvil-assemble failed: {stderr}");
}
