//! The system area against El Torito: the MBR's patched sector is the BIOS image's, its
//! 0xEF partition and the GPT's EFI System Partition are the UEFI image, a GPT comes with a
//! 0xEE entry.
use super::super::eltorito::BootEntry;
use super::gpt::{ESP_TYPE, read as read_gpt};
use super::mbr::{Partition, read as read_mbr};
use crate::error::Result;
use crate::verify::Report;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// The MBR and GPT against the El Torito `bios` and `esp` entries.
pub(crate) fn system_area(
    img: &dyn ReadAt,
    bios: Option<&BootEntry>,
    esp: Option<&BootEntry>,
    report: &mut Report,
) -> Result<()> {
    let esp_range = esp.map(|e| (u64::from(e.lba) * 4, u64::from(e.sectors)));
    let Some((parts, patch)) = read_mbr(img)? else {
        return match read_gpt(img)? {
            Some(_) => Err(corrupt(0, "a GPT without a protective or hybrid MBR")),
            None => Ok(()),
        };
    };
    if let Some(b) = bios.filter(|b| u64::from(patch) != u64::from(b.lba) * 4) {
        let msg = format!(
            "MBR boot image sector {patch}, El Torito says {}",
            b.lba * 4
        );
        return Err(corrupt(432, msg));
    }
    if let Some(p) = parts.iter().find(|p| p.kind == 0xef)
        && esp_range != Some((p.start, p.sectors))
    {
        return Err(corrupt(
            446,
            "MBR EFI partition is not the El Torito UEFI image",
        ));
    }
    let kinds: Vec<String> = parts.iter().map(shown).collect();
    report
        .boot
        .push(format!("MBR: partitions {}", kinds.join(" ")));
    gpt(img, &parts, esp_range, report)
}

/// The GPT, if any, against the MBR and the UEFI image.
fn gpt(
    img: &dyn ReadAt,
    parts: &[Partition],
    esp_range: Option<(u64, u64)>,
    report: &mut Report,
) -> Result<()> {
    let Some(gpt) = read_gpt(img)? else {
        return Ok(());
    };
    if !parts.iter().any(|p| p.kind == 0xee) {
        return Err(corrupt(446, "a GPT but no 0xEE partition in the MBR"));
    }
    if let Some(p) = gpt.iter().find(|p| p.kind == ESP_TYPE)
        && esp_range != Some((p.first, p.last + 1 - p.first))
    {
        return Err(corrupt(
            1024,
            "GPT EFI System Partition is not the El Torito UEFI image",
        ));
    }
    let n = gpt.len();
    report.boot.push(format!(
        "GPT: {n} partitions; both headers and entry arrays check out"
    ));
    Ok(())
}

fn shown(p: &Partition) -> String {
    let active = if p.bootable { "*" } else { "" };
    format!("{:#04x}{active}", p.kind)
}
