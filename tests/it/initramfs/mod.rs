//! `anvil-assemble initramfs` judged by GNU cpio, gzip, the kernel (through the QEMU kit) and
//! its own error handling.
mod boot; // Debian's kernel unpacks it: every entry as the input says
mod cpio_oracle; // GNU cpio -idm extracts the same tree; gzip -t
mod errors; // bad input: clear message, non-zero exit, no file left behind
mod reproducible; // same input, same bytes, whatever the thread count
mod unprivileged; // assembly as uid 65534

use std::path::Path;
use std::process::{Command, Output};

use crate::tree::build::is_root;
use crate::tree::fixture::EPOCH;

/// The binary under test.
const BIN: &str = env!("CARGO_BIN_EXE_anvil-assemble");

/// Runs `anvil-assemble initramfs ARGS` with `SOURCE_DATE_EPOCH` set to the fixtures' epoch.
pub fn assemble(args: &[&Path]) -> Output {
    run(Command::new(BIN), args)
}

/// Like [`assemble`], as uid/gid 65534 with no supplementary groups (through `setpriv` when
/// the suite runs as root; as the current user, who is then already unprivileged, otherwise).
pub fn assemble_as_nobody(args: &[&Path]) -> Output {
    if !is_root() {
        return assemble(args);
    }
    let mut cmd = oracle("setpriv", "util-linux");
    cmd.args([
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
        BIN,
    ]);
    run(cmd, args)
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

/// Runs a host oracle, panicking with the package to install when it is missing.
pub fn oracle(program: &str, package: &str) -> Command {
    let found = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .any(|dir| dir.join(program).is_file());
    assert!(
        found,
        "{program} is missing: apt-get install {package} (bash .ci/install-host.sh installs every oracle)"
    );
    Command::new(program)
}
