//! The ISO verifier on images our writer makes (hybrid with UEFI, BIOS-only, CD-only) and on
//! the binary's own output, each equal to its tree.
use formats::verify::{iso, iso_at};

use super::fixture::{Fixture, save};

#[test]
fn our_hybrid_iso_equals_its_tree() {
    let fx = Fixture::new(200_000);
    let path = save(&fx.path("x.iso"), &fx.iso(true, true));
    let report = iso(&path, Some(&fx.tree)).unwrap();
    eprintln!("{report}");
    assert!(report.tree_checked);
    assert!(
        report.boot.iter().any(|b| b.contains("BOOTX64.EFI")),
        "{report}"
    );
    assert!(report.boot.iter().any(|b| b.starts_with("GPT")), "{report}");
    assert!(
        report.extras.iter().any(|x| x == "isolinux/isolinux.bin"),
        "{report}"
    );
}

#[test]
fn bios_only_and_cd_only_isos_pass() {
    let fx = Fixture::new(5000);
    for (hybrid, efi) in [(true, false), (false, true), (false, false)] {
        let img = fx.iso(hybrid, efi);
        let report = iso_at(&img, Some(&fx.tree)).unwrap_or_else(|e| panic!("{hybrid} {efi}: {e}"));
        assert_eq!(
            report.boot.iter().any(|b| b.starts_with("MBR")),
            hybrid,
            "{report}"
        );
    }
}
