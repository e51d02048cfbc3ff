//! The GPT beside the isohybrid MBR (UEFI 2.10 §5.3): primary header at sector 1, backup
//! at the image's last sector, both CRC-32s, the same entry array, partitions inside the
//! usable range and apart from each other.
use super::super::both_endian::Field;
use super::gpt_header::header;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// EFI System Partition type GUID, C12A7328-F81F-11D2-BA4B-00A0C93EC93B, as stored.
pub(crate) const ESP_TYPE: [u8; 16] = [
    0x28, 0x73, 0x2a, 0xc1, 0x1f, 0xf8, 0xd2, 0x11, 0xba, 0x4b, 0x00, 0xa0, 0xc9, 0x3e, 0xc9, 0x3b,
];

/// One used GPT entry: type GUID, first and last 512-byte sector.
#[derive(Clone, Debug)]
pub(crate) struct GptPartition {
    pub kind: [u8; 16],
    pub first: u64,
    pub last: u64,
}

/// The GPT's partitions, `None` when sector 1 holds no GPT header.
pub(crate) fn read(img: &dyn ReadAt) -> Result<Option<Vec<GptPartition>>> {
    if img.size() < 1024 || bytes(img, 512, 8, "GPT signature")? != b"EFI PART" {
        return Ok(None);
    }
    let last = img.size() / 512 - 1;
    let (entries, primary) = header(img, 1, last)?;
    let (backup_entries, backup) = header(img, last, 1)?;
    if entries != backup_entries || primary != backup {
        return Err(corrupt(last * 512, "backup GPT differs from the primary"));
    }
    let (first_usable, last_usable) = primary;
    let mut parts: Vec<GptPartition> = Vec::new();
    for (i, e) in entries
        .chunks(128)
        .enumerate()
        .filter(|(_, e)| e[..16] != [0; 16])
    {
        let f = Field { b: e, base: 1024 };
        let p = GptPartition {
            kind: e[..16].try_into().expect("16 bytes"),
            first: f.le64(32, "first LBA")?,
            last: f.le64(40, "last LBA")?,
        };
        let inside = first_usable <= p.first && p.first <= p.last && p.last <= last_usable;
        if !inside || parts.iter().any(|q| p.first <= q.last && q.first <= p.last) {
            let msg = format!(
                "GPT partition {} ({}..={}) is outside the usable range or overlaps",
                i + 1,
                p.first,
                p.last
            );
            return Err(corrupt(1024, msg));
        }
        parts.push(p);
    }
    Ok(Some(parts))
}
