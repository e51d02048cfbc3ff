//! The boot structures together: El Torito entries (the BIOS image with its boot-info-table,
//! the UEFI FAT image checked as a volume), the isohybrid MBR pointing at the BIOS image and
//! mirroring the ESP, and the GPT whose EFI System Partition is that same image (`system_area`).
use super::eltorito::catalog;
use super::extents::Extents;
use super::node::Node;
use super::system_area::system_area;
use super::volume::{BLOCK, Volume};
use super::{boot_info, fat};
use crate::error::Result;
use crate::verify::Report;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// Checks every boot structure, recording the ranges they own and what they are.
pub(super) fn check(
    img: &dyn ReadAt,
    vol: &Volume,
    nodes: &[Node],
    ext: &mut Extents,
    report: &mut Report,
) -> Result<()> {
    let entries = match vol.catalog {
        Some(lba) => catalog(img, lba)?,
        None => Vec::new(),
    };
    let file_at = |lba: u32| {
        nodes
            .iter()
            .find(|n| !n.is_dir() && n.extents.first().is_some_and(|e| e.0 == lba))
    };
    let bios = entries.iter().find(|e| e.platform == 0 && e.bootable);
    let esp = entries.iter().find(|e| e.platform == 0xef);
    if let Some(b) = bios {
        if b.media != 0 {
            return Err(corrupt(
                u64::from(b.lba) * BLOCK,
                "BIOS boot entry is not no-emulation",
            ));
        }
        boot_info::check(img, b.lba, file_at(b.lba))?;
        let name = file_at(b.lba).map_or(String::new(), Node::shown);
        report.boot.push(format!(
            "El Torito BIOS: {name}, {} sectors, boot-info-table",
            b.sectors
        ));
    }
    if let Some(e) = esp {
        let (base, len) = (u64::from(e.lba) * BLOCK, u64::from(e.sectors) * 512);
        let files = fat::open(img, base, len)?.files()?;
        if file_at(e.lba).is_none() {
            ext.add(base, len, "the appended ESP");
        }
        let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
        report.boot.push(format!(
            "El Torito UEFI: FAT image at block {} ({len} bytes): {}",
            e.lba,
            names.join(", ")
        ));
    }
    system_area(img, bios, esp, report)
}
