//! xorriso and isoinfo describe the boot setup we intend: an isolinux El Torito entry with
//! load size 4 and a boot-info-table, the isohybrid MBR (or none with --no-hybrid). The
//! UEFI side is judged in `efi.rs`.
use std::path::Path;

use super::{Case, run_oracle};

/// `xorriso -report_el_torito as_mkisofs -report_system_area as_mkisofs` for `iso`.
pub fn xorriso_report(iso: &Path) -> String {
    let args = [
        "-indev".as_ref(),
        iso.as_os_str(),
        "-report_el_torito".as_ref(),
        "as_mkisofs".as_ref(),
        "-report_system_area".as_ref(),
        "as_mkisofs".as_ref(),
    ];
    run_oracle("xorriso", "xorriso", &args)
}

pub fn has_line(report: &str, line: &str) -> bool {
    report.lines().any(|l| l.trim() == line)
}

#[test]
fn xorriso_sees_the_isolinux_entry_and_the_isohybrid_mbr() {
    let case = Case::new();
    // Without UEFI the MBR is plain isohybrid: no GPT, the ISO partition typed 0x17.
    let report = xorriso_report(&case.iso("hybrid.iso", &["--no-efi"]));
    for line in [
        "-b '/isolinux/isolinux.bin'",
        "-c '/isolinux/boot.cat'",
        "-no-emul-boot",
        "-boot-load-size 4",
        "-boot-info-table",
        "-V 'ANVILOS'",
        "-iso_mbr_part_type 0x17",
        "--mbr-force-bootable",
    ] {
        assert!(has_line(&report, line), "no {line:?} in:\n{report}");
    }
    assert!(
        report.contains("-isohybrid-mbr "),
        "no isohybrid MBR in:\n{report}"
    );
    assert!(!report.contains("-eltorito-alt-boot"), "{report}");
    assert!(!report.contains("-isohybrid-gpt-basdat"), "{report}");
}

#[test]
fn no_hybrid_leaves_the_system_area_empty() {
    let case = Case::new();
    let iso = case.iso("cd.iso", &["--no-hybrid", "--volume-id", "CD_ONLY"]);
    let report = xorriso_report(&iso);
    assert!(has_line(&report, "-boot-info-table"), "{report}");
    assert!(has_line(&report, "-V 'CD_ONLY'"), "{report}");
    assert!(!report.contains("-isohybrid-mbr"), "{report}");
    // No GPT to list an appended ESP: the ESP is a visible file.
    assert!(has_line(&report, "-e '/boot/efi.img'"), "{report}");
    let mbr = std::fs::read(&iso).unwrap();
    assert!(
        mbr[..512].iter().all(|&b| b == 0),
        "system area is not empty"
    );
}

#[test]
fn isoinfo_reads_the_volume_and_the_boot_catalog() {
    let case = Case::new();
    let iso = case.iso("info.iso", &[]);
    let info = run_oracle(
        "isoinfo",
        "genisoimage",
        &["-d".as_ref(), "-i".as_ref(), iso.as_os_str()],
    );
    for want in [
        "Volume id: ANVILOS",
        "Rock Ridge signatures version 1 found",
        "Joliet with UCS level 3 found",
        "Bootid 88 (bootable)",
        "Boot media 0 (No Emulation Boot)",
        "Nsect 4",
    ] {
        assert!(info.contains(want), "no {want:?} in:\n{info}");
    }
}
