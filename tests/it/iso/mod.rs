//! `anvil-assemble iso` judged by xorriso (El Torito and system-area reports), isoinfo,
//! osirrox (the extracted tree equals the input), gdisk and dosfstools/mtools (the GPT and the
//! ESP), and SeaBIOS and OVMF booting it as a CD and a disk.
mod boot; // SeaBIOS and OVMF boot the ISO as a CD-ROM and as a hard disk; /init prints a marker
mod efi; // xorriso sees the UEFI entry and the GPT, sgdisk -v is clean, --no-efi drops both
mod esp; // the ESP cut out of the ISO: fsck.fat -n, mdir, the loader's files
mod extract; // osirrox -extract gives back the input tree plus the boot files
mod multi_extent; // a file over 4 GiB as several extents, read across the boundary
mod oracle; // xorriso -report_el_torito / -report_system_area, isoinfo -d
mod reproducible; // same input, same bytes; nothing left behind on error
mod sources; // bytes in memory and archive ranges, read lazily; an archive that ends early
pub mod xattrs; // attributes left out with one warning, or refused by --xattrs error

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

use crate::host::oracle;
use crate::tree::fixture::{EPOCH, Fixture};

/// The binary under test.
const BIN: &str = env!("CARGO_BIN_EXE_anvil-assemble");

/// Runs `anvil-assemble iso ARGS` with `SOURCE_DATE_EPOCH` set to the fixtures' epoch.
pub fn assemble(args: &[&OsStr]) -> Output {
    let mut cmd = std::process::Command::new(BIN);
    cmd.arg("iso")
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH.to_string());
    cmd.output().expect("running anvil-assemble")
}

/// Writes `out` from `root` with `kernel` and `initrd`, asserting success.
pub fn assemble_ok(root: &Path, kernel: &Path, initrd: &Path, out: &Path, more: &[&str]) {
    let mut args: Vec<&OsStr> = vec![
        "--root".as_ref(),
        root.as_os_str(),
        "--kernel".as_ref(),
        kernel.as_os_str(),
        "--initrd".as_ref(),
        initrd.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    args.extend(more.iter().map(OsStr::new));
    let done = assemble(&args);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "anvil-assemble iso failed: {stderr}");
}

/// The fixture tree with stand-in kernel and initramfs files, written as `fx/<name>.iso`.
pub struct Case {
    pub fx: Fixture,
    pub kernel: PathBuf,
    pub initrd: PathBuf,
}

impl Case {
    pub fn new() -> Case {
        let fx = Fixture::build();
        let kernel = fx.dir.path().join("vmlinuz");
        let initrd = fx.dir.path().join("initrd");
        std::fs::write(&kernel, b"stand-in kernel\n".repeat(1000)).unwrap();
        std::fs::write(&initrd, b"stand-in initramfs\n".repeat(3000)).unwrap();
        Case { fx, kernel, initrd }
    }

    /// Writes the ISO `name` with the extra arguments `more`, returning its path.
    pub fn iso(&self, name: &str, more: &[&str]) -> PathBuf {
        let out = self.fx.dir.path().join(name);
        assemble_ok(&self.fx.root, &self.kernel, &self.initrd, &out, more);
        out
    }
}

/// Runs a host oracle to completion, asserting success; returns its stdout and stderr.
pub fn run_oracle(program: &str, package: &str, args: &[&OsStr]) -> String {
    let out = oracle(program, package).args(args).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} failed:\n{text}");
    text
}

/// A temporary directory for an oracle's output.
pub fn scratch() -> TempDir {
    tempfile::tempdir().unwrap()
}
