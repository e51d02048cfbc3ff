//! The boot structures together: El Torito entries (the BIOS image with its boot-info-table,
//! the UEFI FAT image checked as a volume), the isohybrid MBR pointing at the BIOS image and
//! mirroring the ESP, and the GPT whose EFI System Partition is that same image (`system_area`).
use super::super::extents::Extents;
use super::super::fat;
use super::super::node::Node;
use super::super::system_area::system_area;
use super::super::volume::{BLOCK, Volume};
use super::boot_info;
use super::eltorito::{BootEntry, catalog};
use crate::error::Result;
use crate::verify::Report;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// Checks every boot structure, recording the ranges they own and what they are.
pub(crate) fn check(
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
    let bios = entries.iter().find(|e| e.platform == 0 && e.bootable);
    let esp = entries.iter().find(|e| e.platform == 0xef);
    if let Some(b) = bios {
        report.boot.push(self::bios(img, b, nodes)?);
    }
    if let Some(e) = esp {
        report.boot.push(uefi(img, e, nodes, ext)?);
    }
    system_area(img, bios, esp, report)
}

/// The file whose first extent starts at block `lba`.
fn file_at(nodes: &[Node], lba: u32) -> Option<&Node> {
    let starts = |n: &&Node| n.extents.first().is_some_and(|e| e.0 == lba);
    nodes.iter().filter(|n| !n.is_dir()).find(starts)
}

/// The BIOS entry: no emulation, a file with a sound boot-info-table.
fn bios(img: &dyn ReadAt, b: &BootEntry, nodes: &[Node]) -> Result<String> {
    if b.media != 0 {
        let msg = "BIOS boot entry is not no-emulation";
        return Err(corrupt(u64::from(b.lba) * BLOCK, msg));
    }
    boot_info::check(img, b.lba, file_at(nodes, b.lba))?;
    let name = file_at(nodes, b.lba).map_or(String::new(), Node::shown);
    Ok(format!(
        "El Torito BIOS: {name}, {} sectors, boot-info-table",
        b.sectors
    ))
}

/// The UEFI entry: a FAT volume with a loader, its copies of ISO files equal to them.
fn uefi(img: &dyn ReadAt, e: &BootEntry, nodes: &[Node], ext: &mut Extents) -> Result<String> {
    let base = u64::from(e.lba) * BLOCK;
    // A load size of 0 or 1 (other writers' choice for large images) says nothing of the
    // size: the file at that block, else the rest of the image, bounds the volume.
    let len = match (e.sectors, file_at(nodes, e.lba)) {
        (0 | 1, Some(f)) => f.size(),
        (0 | 1, None) => img.size() - base,
        (n, _) => u64::from(n) * 512,
    };
    let mut fat = fat::open(img, base, len)?;
    let files = fat.files()?;
    let same = super::esp::compare(&fat, &files, nodes)?;
    if file_at(nodes, e.lba).is_none() {
        ext.add(base, len, "the appended ESP");
    }
    let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let (names, same) = (names.join(", "), same.join(", "));
    Ok(format!(
        "El Torito UEFI: FAT image at block {} ({len} bytes): {names}; equal to the ISO's: {same}",
        e.lba
    ))
}
