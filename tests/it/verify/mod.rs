//! `formats::verify` on what the binary writes from the shared fixtures: the initramfs and
//! the hybrid ISO (real isolinux, systemd-boot and ESP) read back equal to their tree.
use std::path::Path;

use anvil_tree::{Options, Tree, load};

use crate::tree::fixture::{EPOCH, Fixture};

/// The tree the binary loads for `--root ROOT [--spec SPEC]` under the fixtures' epoch.
fn tree_of(root: &Path, spec: Option<&Path>) -> Tree {
    let opts = Options {
        root: Some(root.to_owned()),
        spec: spec.map(Path::to_owned),
        source_date_epoch: Some(EPOCH),
        ..Options::default()
    };
    load(&opts).unwrap()
}

#[test]
fn the_fixture_initramfs_verifies_equal_to_its_tree() {
    let fx = Fixture::build();
    let out = fx.dir.path().join("initramfs.cpio.gz");
    let flags = ["--root", "--spec", "--out"].map(Path::new);
    crate::initramfs::assemble_ok(&[flags[0], &fx.root, flags[1], &fx.spec, flags[2], &out]);
    let tree = tree_of(&fx.root, Some(&fx.spec));
    let report = formats::verify::initramfs(&out, Some(&tree)).unwrap();
    assert_eq!(
        report.entries as usize,
        tree.entries().len() - 1,
        "{report}"
    );
    assert_eq!(report.file_bytes, tree.file_bytes(), "{report}");
}

#[test]
fn the_fixture_iso_verifies_equal_to_its_tree() {
    let case = crate::iso::Case::new();
    let out = case.iso("verify.iso", &[]);
    let tree = tree_of(&case.fx.root, None);
    let report = formats::verify::iso(&out, Some(&tree)).unwrap();
    eprintln!("{report}");
    let boot = report.boot.join("\n");
    for want in [
        "El Torito BIOS",
        "boot-info-table",
        "BOOTX64.EFI",
        "MBR",
        "GPT",
    ] {
        assert!(boot.contains(want), "no {want:?} in:\n{report}");
    }
    for extra in [
        "boot/bzImage",
        "isolinux/isolinux.bin",
        "isolinux/ldlinux.c32",
    ] {
        assert!(
            report.extras.iter().any(|x| x == extra),
            "{extra} not listed:\n{report}"
        );
    }
}

#[test]
fn the_cd_only_bios_only_iso_verifies() {
    let case = crate::iso::Case::new();
    let out = case.iso("cd.iso", &["--no-hybrid", "--no-efi"]);
    let tree = tree_of(&case.fx.root, None);
    let report = formats::verify::iso(&out, Some(&tree)).unwrap();
    assert!(
        !report.boot.iter().any(|b| b.starts_with("MBR")),
        "{report}"
    );
}
