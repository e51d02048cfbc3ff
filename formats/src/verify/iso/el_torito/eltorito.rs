//! The El Torito boot catalog (El Torito 1.0 §2.1–2.5): a validation entry (header 1,
//! checksum, key 55 AA), the default entry, then section headers (0x90 more, 0x91 final)
//! each followed by its entries. Every entry's image lies inside the image.
use super::super::both_endian::Field;
use super::super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt, within};
use crate::verify::read_at::ReadAt;

/// One boot entry.
#[derive(Clone, Debug)]
pub(crate) struct BootEntry {
    /// 0 x86 BIOS, 0xEF UEFI.
    pub platform: u8,
    pub bootable: bool,
    pub media: u8,
    /// 512-byte sectors loaded.
    pub sectors: u16,
    /// Block of the boot image.
    pub lba: u32,
}

/// The entries of the catalog at block `lba`, default entry first.
pub(crate) fn catalog(img: &dyn ReadAt, lba: u32) -> Result<Vec<BootEntry>> {
    let at = u64::from(lba) * BLOCK;
    let b = bytes(img, at, BLOCK, "boot catalog")?;
    let sum = b[..32].chunks(2).fold(0u16, |s, w| {
        s.wrapping_add(u16::from_le_bytes([w[0], w[1]]))
    });
    if b[0] != 1 || b[30..32] != [0x55, 0xAA] || sum != 0 {
        let msg = format!(
            "bad validation entry (header {}, key {:02x?}, sum {sum:#06x})",
            b[0],
            &b[30..32]
        );
        return Err(corrupt(at, msg));
    }
    let mut out = vec![entry(img, &b, at, 32, b[1])?];
    let mut off = 64;
    while off + 32 <= b.len() {
        let (header, platform) = (b[off], b[off + 1]);
        if header != 0x90 && header != 0x91 {
            break;
        }
        let count = usize::from(u16::from_le_bytes([b[off + 2], b[off + 3]]));
        if off + 32 * (count + 1) > b.len() {
            return Err(corrupt(
                at + off as u64,
                format!("section of {count} entries overruns the catalog"),
            ));
        }
        for i in 0..count {
            out.push(entry(img, &b, at, off + 32 * (i + 1), platform)?);
        }
        off += 32 * (count + 1);
        if header == 0x91 {
            break;
        }
    }
    Ok(out)
}

fn entry(img: &dyn ReadAt, b: &[u8], base: u64, off: usize, platform: u8) -> Result<BootEntry> {
    let f = Field {
        b: &b[off..off + 32],
        base: base + off as u64,
    };
    let indicator = f.u8(0, "boot indicator")?;
    if indicator != 0x88 && indicator != 0x00 {
        return Err(corrupt(f.base, format!("boot indicator {indicator:#04x}")));
    }
    let media = f.u8(1, "boot media type")? & 0x0f;
    if media > 4 {
        return Err(corrupt(f.base + 1, format!("boot media type {media}")));
    }
    let e = BootEntry {
        platform,
        bootable: indicator == 0x88,
        media,
        sectors: f.le16(6, "sector count")?,
        lba: f.le32(8, "load RBA")?,
    };
    if e.lba < 16 {
        return Err(corrupt(
            f.base + 8,
            format!("boot image at block {} is in the system area", e.lba),
        ));
    }
    let len = u64::from(e.sectors.max(1)) * 512;
    within(img, u64::from(e.lba) * BLOCK, len, "boot image")?;
    Ok(e)
}
