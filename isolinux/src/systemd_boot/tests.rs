use super::ESP_LOADER;
use crate::{Asset, Config, Error};

#[test]
fn loader_conf_boots_the_entry_at_once() {
    let text = Config::default().loader_conf().unwrap();
    assert_eq!(
        text,
        "timeout 0\ndefault anvil.conf\nconsole-mode keep\neditor no\n"
    );
}

#[test]
fn the_entry_boots_what_isolinux_boots() {
    let cfg = Config {
        label: "live".into(),
        append: "root=ZFS=pool/ROOT quiet".into(),
        ..Config::default()
    };
    assert_eq!(cfg.entry_name(), "live.conf");
    let want = "title live\nlinux /boot/bzImage\ninitrd /boot/initramfs.cpio.gz\n\
                options root=ZFS=pool/ROOT quiet\n";
    assert_eq!(cfg.loader_entry().unwrap(), want);
}

#[test]
fn a_broken_line_is_refused() {
    let cfg = Config {
        append: "quiet\ninitrd /evil".into(),
        ..Config::default()
    };
    assert!(matches!(cfg.loader_entry(), Err(Error::BadValue { .. })));
}

#[test]
fn the_loader_is_debians_systemd_boot() {
    let asset = Asset::systemd_boot();
    assert_eq!(asset.package, "systemd-boot-efi");
    assert!(asset.path.ends_with("systemd-bootx64.efi"));
    assert_eq!(ESP_LOADER, "EFI/BOOT/BOOTX64.EFI");
}
