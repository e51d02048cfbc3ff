//! Reference tools: a missing one fails the test, naming the Debian package to install.
use std::path::Path;
use std::process::Command;

/// `program`, which Debian ships in `package`.
pub fn tool(program: &str, package: &str) -> Command {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path).any(|dir| dir.join(program).is_file());
    assert!(found, "{program} is missing: apt-get install {package}");
    Command::new(program)
}

/// Runs `cmd`, panicking with its stderr when it fails.
pub fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{cmd:?} failed: {err}");
}

/// GNU tar of everything in `dir` (as `./…`), with `args` before the member list.
pub fn gnu_tar(dir: &Path, out: &Path, args: &[&str]) {
    archive(tool("tar", "tar"), dir, out, args);
}

/// bsdtar of everything in `dir`.
pub fn bsdtar(dir: &Path, out: &Path, args: &[&str]) {
    archive(tool("bsdtar", "libarchive-tools"), dir, out, args);
}

/// `TOOL -C dir -cf out ARGS .`: both archivers take the same words.
fn archive(mut cmd: Command, dir: &Path, out: &Path, args: &[&str]) {
    cmd.arg("-C")
        .arg(dir)
        .arg("-cf")
        .arg(out)
        .args(args)
        .arg(".");
    run(&mut cmd);
}

/// Compresses `file` with `program` (gzip, zstd, xz), keeping it; returns the new path.
pub fn compress(file: &Path, program: &str) -> std::path::PathBuf {
    let ext = match program {
        "gzip" => "gz",
        "zstd" => "zst",
        _ => "xz",
    };
    let out = file.with_extension(format!("tar.{ext}"));
    let mut cmd = tool(program, program);
    cmd.args(["-c", "-q"]).arg(file);
    let done = cmd.output().unwrap();
    assert!(done.status.success(), "{program} failed");
    std::fs::write(&out, done.stdout).unwrap();
    out
}

/// Whether the tests run as root (devices, foreign owners and trusted xattrs need it).
pub fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    out.stdout.starts_with(b"0\n")
}
