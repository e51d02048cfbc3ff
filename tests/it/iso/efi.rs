//! The UEFI side as xorriso and gdisk see it: a second El Torito entry (platform 0xEF, no
//! emulation) whose load size is the whole ESP, the ESP appended after the ISO files as a
//! GPT partition that the hybrid MBR mirrors, and a GPT `sgdisk -v` finds no problem with.
use std::ffi::OsStr;

use super::oracle::{has_line, xorriso_report};
use super::{Case, run_oracle};

/// `xorriso -report_el_torito plain -report_system_area plain` lines starting with `key`.
fn plain<'r>(report: &'r str, key: &str) -> Vec<&'r str> {
    report.lines().filter(|l| l.starts_with(key)).collect()
}

#[test]
fn xorriso_sees_the_efi_entry_and_the_gpt() {
    let case = Case::new();
    let iso = case.iso("efi.iso", &[]);
    let report = xorriso_report(&iso);
    for line in [
        "-eltorito-alt-boot",
        "-isohybrid-gpt-basdat",
        "--mbr-force-bootable",
    ] {
        assert!(has_line(&report, line), "no {line:?} in:\n{report}");
    }
    assert!(
        report.contains("\n-e '--interval:appended_partition_"),
        "the EFI entry does not boot the appended ESP:\n{report}"
    );
    let iso_arg = iso.to_str().unwrap();
    let args = ["-indev", iso_arg, "-report_el_torito", "plain"]
        .into_iter()
        .chain(["-report_system_area", "plain"])
        .map(OsStr::new)
        .collect::<Vec<_>>();
    let plain_report = run_oracle("xorriso", "xorriso", &args);
    let summary = plain(&plain_report, "System area summary:");
    assert_eq!(
        summary,
        ["System area summary: MBR isohybrid cyl-align-off GPT"]
    );
    let uefi = plain(&plain_report, "El Torito boot img :   2  UEFI  y   none");
    let esp = plain(&plain_report, "GPT start and size :   2");
    let names = plain(
        &plain_report,
        "GPT partname local :   2  EFI System Partition",
    );
    assert_eq!(
        (uefi.len(), esp.len(), names.len()),
        (1, 1, 1),
        "{plain_report}"
    );
    // The El Torito load size is the ESP partition's size: the whole FAT, exactly.
    let sectors = esp[0].split_whitespace().last().unwrap();
    let load = uefi[0].split_whitespace().nth(11).unwrap();
    assert_eq!(load, sectors, "load size vs ESP size:\n{plain_report}");
}

#[test]
fn sgdisk_finds_no_problems() {
    let case = Case::new();
    let iso = case.iso("gpt.iso", &[]);
    let check = run_oracle("sgdisk", "gdisk", &["-v".as_ref(), iso.as_os_str()]);
    assert!(check.contains("No problems found"), "{check}");
    let table = run_oracle("sgdisk", "gdisk", &["-p".as_ref(), iso.as_os_str()]);
    let esp = table
        .lines()
        .filter(|l| l.contains("EF00  EFI System Partition"));
    assert_eq!(esp.count(), 1, "{table}");
}

#[test]
fn no_efi_drops_the_entry_and_the_gpt() {
    let case = Case::new();
    let iso = case.iso("bios.iso", &["--no-efi"]);
    let bytes = std::fs::read(&iso).unwrap();
    assert_ne!(&bytes[512..520], b"EFI PART", "a GPT header without UEFI");
    let report = xorriso_report(&iso);
    assert!(!report.contains("-e '"), "{report}");
    assert!(has_line(&report, "-iso_mbr_part_type 0x17"), "{report}");
}
