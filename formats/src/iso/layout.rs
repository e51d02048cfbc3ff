//! [`Options`] → hadris `IsoOptions`. Level 3 so files over 4 GiB become multi-extent;
//! uppercase Level 2 primary names (what isolinux reads without Rock Ridge); Rock Ridge
//! for POSIX names, modes, owners, times and symlinks; Joliet for other systems.
use hadris_fs::{Content, DateTime};
use hadris_iso::{AppendedPartition, BootEntry, BootInfo, ElTorito, Hybrid};
use hadris_iso::{IsoId, IsoLevel, IsoOptions};

use super::options::{BiosBoot, Options};

/// Written into the primary volume descriptor's application field.
const APPLICATION: &str = "ANVIL";

/// The hadris options for `opts`, dated `time`. `esp` is the ESP's load size and, when
/// [`esp_appended`], its bytes.
pub(super) fn iso_options(
    opts: &Options,
    time: DateTime,
    esp: Option<(u16, Option<Content>)>,
) -> IsoOptions {
    let iso = IsoOptions::new()
        .with_id(IsoId::Volume, &opts.volume_id)
        .with_id(IsoId::Application, APPLICATION)
        .with_level(IsoLevel::L3)
        .with_rock_ridge()
        .with_joliet()
        .with_time(time)
        .with_seed(seed(opts));
    let mut el_torito = ElTorito::new();
    if let Some(bios) = &opts.bios {
        el_torito = el_torito.with_entry(bios_entry(bios));
        el_torito = el_torito.with_catalog_path(&bios.catalog);
    }
    let (sectors, appended) = esp.map_or((None, None), |(s, c)| (Some(s), c));
    if let (Some(efi), Some(sectors)) = (&opts.efi, sectors) {
        // Platform 0xEF, no emulation, the whole FAT image (xorriso -e … -no-emul-boot).
        let entry = match appended {
            Some(_) => BootEntry::uefi_appended(0),
            None => BootEntry::uefi(&efi.image),
        };
        el_torito = el_torito.with_entry(entry.with_load_size(sectors));
    }
    let iso = match el_torito.entries().is_empty() {
        true => iso,
        false => iso.with_el_torito(el_torito),
    };
    match hybrid(opts, appended) {
        Some(table) => iso.with_hybrid(table),
        None => iso,
    }
}

/// Whether the ESP goes after the files as GPT partition 2, stored once for El Torito and the
/// GPT (xorriso -append_partition): so with the isohybrid MBR. A CD-only image has no GPT to
/// list it, so its ESP is the visible file [`EfiBoot::image`](super::EfiBoot::image).
pub(super) fn esp_appended(opts: &Options) -> bool {
    opts.bios.as_ref().is_some_and(|b| b.hybrid_mbr.is_some())
}

/// isolinux.bin: no emulation, four 512-byte sectors loaded at 0x7C0, and it refuses to run
/// without the boot-info-table (syslinux core/isolinux.asm).
fn bios_entry(bios: &BiosBoot) -> BootEntry {
    let entry = BootEntry::bios(&bios.image).with_load_size(4);
    entry.with_boot_info(BootInfo::Table)
}

/// The isohybrid MBR alone, or with UEFI a GPT listing the appended ESP, whose MBR mirrors
/// the ISO and ESP partitions (ISO bootable, so BIOS USB boot still works). hadris patches bytes 432..440 with
/// isolinux.bin's 512-byte LBA, as isohdpfx reads it.
fn hybrid(opts: &Options, appended: Option<Content>) -> Option<Hybrid> {
    let code = opts.bios.as_ref()?.hybrid_mbr.as_ref()?;
    let table = match (&opts.efi, appended) {
        (Some(_), Some(esp)) => Hybrid::gpt_hybrid_mbr().with_appended(AppendedPartition::esp(esp)),
        (Some(_), None) => Hybrid::gpt_hybrid_mbr(),
        (None, _) => Hybrid::mbr(),
    };
    Some(table.with_bootstrap(code))
}

/// The seed of the GPT disk and partition GUIDs and the ESP serial: FNV-1a of the volume id
/// and `SOURCE_DATE_EPOCH`, so they change only when those (or the tree) change.
pub(super) fn seed(opts: &Options) -> u64 {
    let epoch = opts.epoch.unwrap_or(0).to_le_bytes();
    let bytes = opts.volume_id.bytes().chain([0]).chain(epoch);
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
