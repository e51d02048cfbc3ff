//! What the ISO writer is asked for and what it reports, in our own words (no hadris type
//! appears in the public API).
use std::path::PathBuf;

/// How the image is laid out and dated.
#[derive(Clone, Debug)]
pub struct Options {
    /// Volume identifier (ECMA-119 d-characters, at most 32).
    pub volume_id: String,
    /// `SOURCE_DATE_EPOCH`: dates the volume and every node the tree gives no time (the boot
    /// files, implied directories). `None` dates them 1980-01-01, still reproducibly.
    pub epoch: Option<i64>,
    /// BIOS boot through El Torito, or `None` for a data-only image.
    pub bios: Option<BiosBoot>,
    /// UEFI boot through a second El Torito entry and, with the isohybrid MBR, a GPT.
    pub efi: Option<EfiBoot>,
}

/// A BIOS El Torito entry: no emulation, load size 4, boot-info-table (what isolinux needs).
#[derive(Clone, Debug)]
pub struct BiosBoot {
    /// Path of the boot image inside the ISO, e.g. `isolinux/isolinux.bin`.
    pub image: String,
    /// Path of the (visible) boot catalog, e.g. `isolinux/boot.cat`.
    pub catalog: String,
    /// isohybrid MBR boot code (`isohdpfx.bin`, ≤ 446 bytes); the boot image's 512-byte LBA
    /// is patched at byte 432. `None` makes a CD-only image.
    pub hybrid_mbr: Option<Vec<u8>>,
}

/// A UEFI El Torito entry (platform 0xEF, no emulation) booting an EFI system partition image
/// written from `files`. With [`BiosBoot::hybrid_mbr`] the image also gets a GPT whose EFI
/// system partition is that image, and the MBR becomes a hybrid one.
#[derive(Clone, Debug)]
pub struct EfiBoot {
    /// Path of the ESP image inside the ISO, e.g. `boot/efi.img`.
    pub image: String,
    /// The ESP's files: `EFI/BOOT/BOOTX64.EFI`, the loader's configuration, what it boots.
    pub files: Vec<Extra>,
}

/// A file placed at a fixed path of the image beside the tree (kernel, initramfs, loader).
#[derive(Clone, Debug)]
pub struct Extra {
    /// Path inside the image, `/`-separated, no leading slash; missing parents are created.
    pub path: String,
    /// Where its bytes come from.
    pub source: Source,
}

/// The bytes of an [`Extra`].
#[derive(Clone, Debug)]
pub enum Source {
    /// A host file, read while the image is written (never held in memory).
    Host(PathBuf),
    /// Small generated content such as `isolinux.cfg`.
    Bytes(Vec<u8>),
}

/// What was written.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Size of the image in bytes.
    pub size: u64,
    /// What the layout could not store exactly (names cut for Joliet, FIFOs skipped…).
    pub warnings: Vec<String>,
}
