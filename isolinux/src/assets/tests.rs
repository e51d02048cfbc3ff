use super::{Asset, Assets, asset};
use crate::Error;

#[test]
fn a_missing_asset_names_its_debian_package() {
    let missing = asset("/nonexistent/isolinux.bin", "isolinux");
    let err = missing.check().unwrap_err();
    assert!(
        matches!(
            err,
            Error::MissingAsset {
                package: "isolinux",
                ..
            }
        ),
        "{err}"
    );
    let text = err.to_string();
    assert!(text.contains("/nonexistent/isolinux.bin"), "{text}");
    assert!(
        text.contains("apt-get install --no-install-recommends isolinux"),
        "{text}"
    );
    assert!(missing.read().is_err());
}

#[test]
fn debian_paths_and_packages() {
    let a = Assets::debian();
    let pairs: [(&Asset, &str, &str); 3] = [
        (
            &a.isolinux_bin,
            "/usr/lib/ISOLINUX/isolinux.bin",
            "isolinux",
        ),
        (
            &a.ldlinux_c32,
            "/usr/lib/syslinux/modules/bios/ldlinux.c32",
            "syslinux-common",
        ),
        (
            &a.isohdpfx_bin,
            "/usr/lib/ISOLINUX/isohdpfx.bin",
            "isolinux",
        ),
    ];
    for (asset, path, package) in pairs {
        assert_eq!(
            (asset.path.to_str().unwrap(), asset.package),
            (path, package)
        );
    }
}

/// The host must have them: .ci/install-host.sh installs `isolinux` and `syslinux-common`.
#[test]
fn the_host_has_them_and_isohdpfx_fits_the_mbr() {
    let a = Assets::find().unwrap_or_else(|e| panic!("{e}"));
    let mbr = a.isohdpfx_bin.read().unwrap();
    // The MBR code ends where the boot image LBA (432) is patched in.
    assert!(mbr.len() <= 432, "isohdpfx.bin is {} bytes", mbr.len());
    // isohybrid's signature at byte 0x40 of isolinux.bin (syslinux utils/isohybrid.c).
    let bin = a.isolinux_bin.read().unwrap();
    assert_eq!(bin[0x40..0x44], 0x7078_c0fb_u32.to_le_bytes());
}
