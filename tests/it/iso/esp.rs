//! The ESP inside the ISO, cut out through the GPT: `fsck.fat -n` finds it clean, mtools
//! lists systemd-boot as the removable-media loader, and the loader's configuration, the
//! kernel and the initramfs are the ones the BIOS side boots.
use std::fs;
use std::path::Path;

use super::{Case, run_oracle, scratch};

/// The ESP type GUID C12A7328-F81F-11D2-BA4B-00A0C93EC93B as stored (UEFI 2.10 §5.3.3).
const ESP_TYPE: [u8; 16] = [
    0x28, 0x73, 0x2a, 0xc1, 0x1f, 0xf8, 0xd2, 0x11, 0xba, 0x4b, 0x00, 0xa0, 0xc9, 0x3e, 0xc9, 0x3b,
];

/// The bytes of the GPT partition typed ESP, read through the primary header at LBA 1.
fn esp_of(iso: &[u8]) -> &[u8] {
    let u64_at = |off: usize| u64::from_le_bytes(iso[off..off + 8].try_into().unwrap());
    let u32_at = |off: usize| u32::from_le_bytes(iso[off..off + 4].try_into().unwrap());
    assert_eq!(&iso[512..520], b"EFI PART", "no GPT header at LBA 1");
    let (array, count, size) = (u64_at(512 + 72), u32_at(512 + 80), u32_at(512 + 84));
    let entry = (0..count as usize)
        .map(|i| array as usize * 512 + i * size as usize)
        .find(|&e| iso[e..e + 16] == ESP_TYPE)
        .expect("no EFI system partition in the GPT");
    let (first, last) = (u64_at(entry + 32) as usize, u64_at(entry + 40) as usize);
    &iso[first * 512..(last + 1) * 512]
}

/// `mtools` run on the image `esp`, returning its output.
fn mtool(tool: &str, esp: &Path, args: &[&str]) -> String {
    let mut all = vec!["-i", esp.to_str().unwrap()];
    all.extend(args);
    let all: Vec<&std::ffi::OsStr> = all.iter().map(|a| a.as_ref()).collect();
    run_oracle(tool, "mtools", &all)
}

#[test]
fn the_esp_is_clean_fat_holding_systemd_boot_and_the_boot_files() {
    let case = Case::new();
    let iso = fs::read(case.iso("esp.iso", &["--append", "console=ttyS0 quiet"])).unwrap();
    let dir = scratch();
    let esp = dir.path().join("esp.img");
    fs::write(&esp, esp_of(&iso)).unwrap();
    let fsck = run_oracle("fsck.fat", "dosfstools", &["-n".as_ref(), esp.as_os_str()]);
    assert!(!fsck.contains("differ"), "{fsck}");
    let listing = mtool("mdir", &esp, &["::/EFI/BOOT"]);
    assert!(listing.contains("BOOTX64  EFI"), "{listing}");
    let entry = mtool("mtype", &esp, &["::/loader/entries/anvil.conf"]);
    let want = "title anvil\nlinux /boot/bzImage\ninitrd /boot/initramfs.cpio.gz\n\
                options console=ttyS0 quiet\n";
    assert_eq!(entry, want);
    let conf = mtool("mtype", &esp, &["::/loader/loader.conf"]);
    assert!(
        conf.starts_with("timeout 0\ndefault anvil.conf\n"),
        "{conf}"
    );
    let copies = [
        (
            "EFI/BOOT/BOOTX64.EFI",
            "/usr/lib/systemd/boot/efi/systemd-bootx64.efi".as_ref(),
        ),
        ("boot/bzImage", case.kernel.as_path()),
        ("boot/initramfs.cpio.gz", case.initrd.as_path()),
    ];
    for (inside, host) in copies {
        let out = dir.path().join("copy");
        let _ = fs::remove_file(&out);
        mtool(
            "mcopy",
            &esp,
            &[&format!("::/{inside}"), out.to_str().unwrap()],
        );
        assert!(
            fs::read(&out).unwrap() == fs::read(host).unwrap(),
            "{inside} differs"
        );
    }
}
