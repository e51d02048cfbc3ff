//! `--out` discipline: what may be replaced, what is refused before any work, the umask, and
//! temporaries removed on SIGINT/SIGTERM/SIGHUP or by the run after a SIGKILL.
mod refused; // devices, FIFOs, symlinks, directories, inputs: refused, left as they were
mod signals; // a signal mid-write leaves nothing; a killed run's temporary is removed next time

use std::path::Path;
use std::process::{Command, Output};

/// `anvil-assemble pool --root ROOT --out OUT` plus `more`.
pub fn pool(root: &Path, out: &Path, more: &[&str]) -> Command {
    let mut cmd = Command::new(crate::host::BIN);
    cmd.arg("pool")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out);
    cmd.args(more);
    cmd
}

/// Runs `cmd`, returning its output.
pub fn run(mut cmd: Command) -> Output {
    cmd.output().expect("running anvil-assemble")
}

/// The names in `dir` that start with `.` (temporaries).
pub fn hidden(dir: &Path) -> Vec<String> {
    let names = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name());
    let names = names.map(|n| n.to_string_lossy().into_owned());
    names.filter(|n| n.starts_with('.')).collect()
}
