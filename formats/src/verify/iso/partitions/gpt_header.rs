//! One GPT header (UEFI 2.10 §5.3.2): signature and revision, its CRC-32, MyLBA and
//! AlternateLBA pairing it with the other copy, and its partition entry array's CRC-32.
use super::super::both_endian::Field;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// Most partition entries we read (the usual array has 128).
const MAX_ENTRIES: u32 = 1024;

/// Checks the header at sector `lba` (whose alternate is `alternate`); returns its entry
/// array (128-byte entries) and usable range.
pub(crate) fn header(img: &dyn ReadAt, lba: u64, alternate: u64) -> Result<(Vec<u8>, (u64, u64))> {
    let at = lba * 512;
    let b = bytes(img, at, 512, "GPT header")?;
    let f = Field { b: &b, base: at };
    let size = f.le32(12, "GPT header size")? as usize;
    let revision = f.le32(8, "GPT revision")?;
    if &b[..8] != b"EFI PART" || revision != 0x0001_0000 || !(92..=512).contains(&size) {
        return Err(corrupt(at, "not a GPT 1.0 header"));
    }
    let mut copy = b[..size].to_vec();
    copy[16..20].fill(0);
    if crc32fast::hash(&copy) != f.le32(16, "header CRC32")? {
        return Err(corrupt(at + 16, "GPT header CRC32 mismatch"));
    }
    if f.le64(24, "MyLBA")? != lba || f.le64(32, "AlternateLBA")? != alternate {
        let msg = format!("GPT header at sector {lba} is not paired with sector {alternate}");
        return Err(corrupt(at + 24, msg));
    }
    let usable = (f.le64(40, "first usable")?, f.le64(48, "last usable")?);
    Ok((entries(img, &f)?, usable))
}

/// The entry array the header `f` points at, its CRC-32 checked.
fn entries(img: &dyn ReadAt, f: &Field<'_>) -> Result<Vec<u8>> {
    let start = f.le64(72, "entries LBA")?.saturating_mul(512);
    let (count, size) = (f.le32(80, "entry count")?, f.le32(84, "entry size")?);
    if count > MAX_ENTRIES || size != 128 {
        return Err(corrupt(
            f.base + 80,
            format!("{count} GPT entries of {size} bytes"),
        ));
    }
    let entries = bytes(img, start, u64::from(count) * 128, "GPT entries")?;
    if crc32fast::hash(&entries) != f.le32(88, "entries CRC32")? {
        return Err(corrupt(start, "GPT partition entry array CRC32 mismatch"));
    }
    Ok(entries)
}
