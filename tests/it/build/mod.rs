//! The default build with Debian's /bin/busybox standing in for every forged input: the ISO
//! holds the pool image and an initramfs with the pool's settings; missing inputs name the
//! forge command. Booting the result needs the forged kernel and is not tested here.
use std::ffi::OsStr;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

use crate::iso::run_oracle;

/// `anvil.toml` with `bin` as every input.
fn manifest(dir: &Path, bin: &str) -> std::path::PathBuf {
    let mut text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/anvil.toml")).unwrap();
    for input in ["bzImage", "bin/busybox", "bin/zpool", "bin/zfs"] {
        text = text.replace(
            &format!("\"build_artifacts/{input}\""),
            &format!("\"{bin}\""),
        );
    }
    let path = dir.join("anvil.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn build(manifest: &Path, out: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_anvil-assemble"))
        .args([OsStr::new("--manifest"), manifest.as_os_str()])
        .args([OsStr::new("--out"), out.as_os_str()])
        .args(["--append", "anvil.poweroff"])
        .output()
        .unwrap()
}

#[test]
fn missing_inputs_name_the_forge_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.iso");
    let run = build(&manifest(dir.path(), "/nonexistent/input"), &out);
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        err.contains("missing forged inputs: /nonexistent/input"),
        "{err}"
    );
    assert!(err.contains("bash vendor/forge all"), "{err}");
    assert!(!out.exists());
}

#[test]
fn stand_in_inputs_give_an_iso_with_pool_and_initramfs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.iso");
    let run = build(&manifest(dir.path(), "/bin/busybox"), &out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let cfg = dir.path().join("cfg");
    let gz = dir.path().join("initrd");
    let ls = run_oracle(
        "osirrox",
        "xorriso",
        &[
            "-indev".as_ref(),
            out.as_os_str(),
            "-ls".as_ref(),
            "/".as_ref(),
            "--".as_ref(), // -ls takes every argument up to --
            "-extract".as_ref(),
            "/isolinux/isolinux.cfg".as_ref(),
            cfg.as_os_str(),
            "-extract".as_ref(),
            "/boot/initramfs.cpio.gz".as_ref(),
            gz.as_os_str(),
        ],
    );
    assert!(ls.contains("'rootfs.img'"), "{ls}");
    let cfg = std::fs::read_to_string(cfg).unwrap();
    assert!(cfg.contains("console=ttyS0,115200 anvil.poweroff"), "{cfg}");
    let cpio = gunzip(&gz);
    for needle in [
        "sbin/zpool",
        "bin/switch_root",
        "ANVIL_LABEL='ANVILOS'",
        "ANVIL_VDEV=file",
    ] {
        assert!(cpio.contains(needle), "the initramfs lacks {needle}");
    }
}

/// The initramfs as text (newc names and small files are plain in it).
fn gunzip(gz: &Path) -> String {
    let mut cpio = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(gz).unwrap())
        .read_to_end(&mut cpio)
        .unwrap();
    String::from_utf8_lossy(&cpio).into_owned()
}
