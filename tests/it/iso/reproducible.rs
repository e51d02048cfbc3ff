//! Same input, same bytes: two runs, under different output names, give identical images
//! (GPT GUIDs and the ESP serial included); no run leaves a temporary file behind.
use std::fs;

use super::{Case, assemble};

#[test]
fn two_runs_are_byte_identical() {
    let case = Case::new();
    let a = fs::read(case.iso("a.iso", &[])).unwrap();
    let b = fs::read(case.iso("b.iso", &[])).unwrap();
    assert_eq!(a.len() % 2048, 0, "not a whole number of 2 KiB blocks");
    assert!(a == b, "two runs on the same input differ");
    // isohdpfx.bin's code, then at 432 the 512-byte LBA of isolinux.bin, then the partition table.
    let code = fs::read("/usr/lib/ISOLINUX/isohdpfx.bin").unwrap();
    assert_eq!(a[..432], code[..432], "MBR boot code");
    assert_eq!(a[510..512], [0x55, 0xAA], "MBR signature");
    // The ESP was written to a temporary file beside the output, gone once the ISO is.
    let left = fs::read_dir(case.fx.dir.path()).unwrap();
    let names: Vec<_> = left.map(|e| e.unwrap().file_name()).collect();
    let temps = names
        .iter()
        .filter(|n| n.to_string_lossy().ends_with(".tmp"));
    assert_eq!(temps.count(), 0, "temporary files left: {names:?}");
}

#[test]
fn a_missing_kernel_fails_and_leaves_nothing() {
    let case = Case::new();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("x.iso");
    let missing = case.fx.dir.path().join("no-such-kernel");
    let args = [
        "--root".as_ref(),
        case.fx.root.as_os_str(),
        "--kernel".as_ref(),
        missing.as_os_str(),
        "--initrd".as_ref(),
        case.initrd.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let done = assemble(&args);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(!done.status.success(), "succeeded without a kernel");
    assert!(
        stderr.contains("no-such-kernel"),
        "error does not name the kernel: {stderr}"
    );
    let left: Vec<_> = fs::read_dir(out_dir.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn an_esp_over_the_el_torito_limit_is_refused_and_leaves_nothing() {
    let case = Case::new();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("x.iso");
    // 40 MiB of kernel cannot fit an ESP of at most 65535 sectors.
    let big = case.fx.dir.path().join("big-kernel");
    fs::File::create(&big).unwrap().set_len(40 << 20).unwrap();
    let args = [
        "--root".as_ref(),
        case.fx.root.as_os_str(),
        "--kernel".as_ref(),
        big.as_os_str(),
        "--initrd".as_ref(),
        case.initrd.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    let done = assemble(&args);
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(!done.status.success(), "a 40 MiB ESP was accepted");
    assert!(stderr.contains("El Torito load size"), "{stderr}");
    let left: Vec<_> = fs::read_dir(out_dir.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
