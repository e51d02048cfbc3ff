//! Running `anvil-assemble pool` as the tests need it: any tree, spec and options, as root or
//! as uid 65534, and the zdb leak check every image written must pass.
use std::path::Path;
use std::process::{Command, Output};

use super::zdb::zdb;
use crate::host::{BIN, as_nobody};
use crate::tree::fixture::EPOCH;

/// What one run is given: `--root`, `--spec` when set, `--out`, then `extra` options.
pub struct Run<'a> {
    pub root: &'a Path,
    pub spec: Option<&'a Path>,
    pub out: &'a Path,
    pub extra: &'a [&'a str],
}

impl Run<'_> {
    /// Runs it as the current user, with `SOURCE_DATE_EPOCH` set to the fixtures' epoch.
    pub fn output(&self) -> Output {
        self.command(Command::new(BIN))
    }

    /// Runs it as uid/gid 65534 with no supplementary groups.
    pub fn output_as_nobody(&self) -> Output {
        self.command(as_nobody())
    }

    /// [`Run::output`], asserting success; returns what it printed on stdout.
    pub fn ok(&self) -> String {
        checked(self.output())
    }

    fn command(&self, mut cmd: Command) -> Output {
        cmd.args(["pool", "--root"]).arg(self.root);
        if let Some(spec) = self.spec {
            cmd.arg("--spec").arg(spec);
        }
        cmd.arg("--out").arg(self.out).args(self.extra);
        cmd.env("SOURCE_DATE_EPOCH", EPOCH.to_string());
        cmd.output().expect("running anvil-assemble")
    }
}

/// The stdout of a run that must have succeeded.
pub fn checked(run: Output) -> String {
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "anvil-assemble pool failed: {stderr}");
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// `zdb -e -p DIR -bcc anvil_pool` on the image in `dir`: every checksum verified, the space
/// maps equal to the blocks found; then zfs-reader on the same image, agreeing with it.
pub fn assert_no_leaks(dir: &Path) {
    let bcc = String::from_utf8_lossy(&zdb(dir, &["-bcc", "anvil_pool"]).stdout).into_owned();
    assert!(
        bcc.contains("No leaks (block sum matches space maps exactly)"),
        "{bcc}"
    );
    assert!(
        !bcc.contains("Got error") && !bcc.contains("leaked space"),
        "{bcc}"
    );
    super::verify::assert_verifies_like_zdb(dir, &bcc);
}
