//! The host side every suite shares: the binary under test, as root or as uid 65534, host
//! oracles that fail naming their package, world-writable scratch dirs, and the contract of a
//! refused run (non-zero exit, the culprit named, nothing left in the output directory).
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use crate::tree::build::is_root;

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_anvil-assemble");

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

/// The binary as uid/gid 65534 with no supplementary groups: through `setpriv` when the suite
/// runs as root; as the current user, who is then already unprivileged, otherwise.
pub fn as_nobody() -> Command {
    if !is_root() {
        return Command::new(BIN);
    }
    let mut cmd = oracle("setpriv", "util-linux");
    cmd.args([
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
        BIN,
    ]);
    cmd
}

/// World-writable (and searchable), so the unprivileged runs can use it.
pub fn open_up(dir: &Path) {
    fs::set_permissions(dir, fs::Permissions::from_mode(0o777)).unwrap();
}

/// Asserts the failure contract of `run`: non-zero exit, each of `want` in stderr, and
/// `out_dir` empty (no output, no temporary). Returns stderr.
pub fn assert_refused(run: &Output, want: &[&str], out_dir: &Path) -> String {
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(
        !run.status.success(),
        "accepted bad input; stderr: {stderr}"
    );
    for needle in want {
        assert!(
            stderr.contains(needle),
            "message lacks {needle:?}: {stderr}"
        );
    }
    let left: Vec<_> = fs::read_dir(out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind after an error: {left:?}");
    stderr
}
