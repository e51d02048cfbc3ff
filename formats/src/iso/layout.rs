//! [`Options`] → hadris `IsoOptions`. Level 3 so files over 4 GiB become multi-extent;
//! uppercase Level 2 primary names (what isolinux reads without Rock Ridge); Rock Ridge
//! for POSIX names, modes, owners, times and symlinks; Joliet for other systems.
use hadris_fs::DateTime;
use hadris_iso::{BootEntry, BootInfo, ElTorito, Hybrid, IsoId, IsoLevel, IsoOptions};

use super::options::{BiosBoot, Options};

/// Written into the primary volume descriptor's application field.
const APPLICATION: &str = "ANVIL";

/// The hadris options for `opts`, dated `time`.
pub(super) fn iso_options(opts: &Options, time: DateTime) -> IsoOptions {
    let iso = IsoOptions::new()
        .with_id(IsoId::Volume, &opts.volume_id)
        .with_id(IsoId::Application, APPLICATION)
        .with_level(IsoLevel::L3)
        .with_rock_ridge()
        .with_joliet()
        .with_time(time);
    match &opts.bios {
        Some(bios) => with_bios(iso, bios),
        None => iso,
    }
}

/// Adds the El Torito BIOS entry and, when asked, the isohybrid MBR.
fn with_bios(iso: IsoOptions, bios: &BiosBoot) -> IsoOptions {
    // isolinux.bin: no emulation, four 512-byte sectors loaded at 0x7C0, and it refuses to
    // run without the boot-info-table (syslinux core/isolinux.asm).
    let entry = BootEntry::bios(&bios.image)
        .with_load_size(4)
        .with_boot_info(BootInfo::Table);
    let el_torito = ElTorito::new()
        .with_entry(entry)
        .with_catalog_path(&bios.catalog);
    let iso = iso.with_el_torito(el_torito);
    match &bios.hybrid_mbr {
        // hadris patches bytes 432..440 with the boot image's 512-byte LBA, as isohdpfx reads it.
        Some(code) => iso.with_hybrid(Hybrid::mbr().with_bootstrap(code)),
        None => iso,
    }
}
