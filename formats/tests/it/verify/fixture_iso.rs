//! The fixture's ISO: the tree plus a stand-in isolinux.bin (with the isohybrid signature)
//! and kernel, optionally the isohybrid MBR (and GPT) and a UEFI entry with its ESP.
use std::fs;

use formats::iso::{BiosBoot, EfiBoot, Extra, Options as IsoOptions, Source};

use super::fixture::{Fixture, noise};

impl Fixture {
    /// The ISO of the tree with a stand-in isolinux.bin and kernel; `hybrid` adds the
    /// isohybrid MBR (and with `efi` the GPT), `efi` the UEFI entry and its ESP.
    pub fn iso(&self, hybrid: bool, efi: bool) -> Vec<u8> {
        let out = self.dir.path().join("image.iso");
        let opts = iso_options(hybrid, efi);
        let mut isolinux = noise(3, 6000);
        isolinux[0x40..0x44].copy_from_slice(&0x7078_c0fb_u32.to_le_bytes());
        let extras = [
            extra("isolinux/isolinux.bin", isolinux),
            extra("boot/bzImage", kernel()),
        ];
        formats::iso::write(&self.tree, &extras, &opts, &out, &mut |_| {}).unwrap();
        fs::read(out).unwrap()
    }
}

fn extra(path: &str, bytes: Vec<u8>) -> Extra {
    let source = Source::Bytes(bytes);
    Extra {
        path: path.into(),
        source,
    }
}

fn iso_options(hybrid: bool, efi: bool) -> IsoOptions {
    let bios = BiosBoot {
        image: "isolinux/isolinux.bin".into(),
        catalog: "isolinux/boot.cat".into(),
        hybrid_mbr: hybrid.then(|| vec![0xfa; 432]),
    };
    let files = vec![
        extra("EFI/BOOT/BOOTX64.EFI", noise(5, 30_000)),
        extra("loader/loader.conf", b"timeout 0\n".to_vec()),
        extra("boot/bzImage", kernel()),
    ];
    let efi = efi.then(|| EfiBoot {
        image: "boot/efi.img".into(),
        files,
    });
    IsoOptions {
        volume_id: "ANVILTEST".into(),
        epoch: Some(1_700_000_000),
        bios: Some(bios),
        efi,
    }
}

/// The stand-in kernel, in the ISO and again in the ESP.
pub fn kernel() -> Vec<u8> {
    noise(10, 9000)
}
