//! The isohybrid MBR in sector 0 (syslinux isohybrid.c): four partition entries, the boot
//! signature 55 AA, and at byte 432 the BIOS boot image's 512-byte sector for isohdpfx.
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// One used MBR partition entry.
#[derive(Clone, Debug)]
pub(crate) struct Partition {
    pub kind: u8,
    pub bootable: bool,
    /// First 512-byte sector and sector count.
    pub start: u64,
    pub sectors: u64,
}

/// The MBR: its used partitions and the patched boot image sector; `None` for an empty
/// system area (a CD-only image).
pub(crate) fn read(img: &dyn ReadAt) -> Result<Option<(Vec<Partition>, u32)>> {
    let b = bytes(img, 0, 512, "MBR")?;
    if b[510..512] != [0x55, 0xAA] {
        return match b[446..].iter().all(|&x| x == 0) {
            true => Ok(None),
            false => Err(corrupt(510, "MBR partition table without 55 AA")),
        };
    }
    let mut parts: Vec<Partition> = Vec::new();
    for i in 0..4 {
        let Some(p) = partition(img, &b[446 + 16 * i..462 + 16 * i], i)? else {
            continue;
        };
        let overlaps = |q: &Partition| {
            p.start < q.start + q.sectors && q.start < p.start + p.sectors && q.kind != 0xee
        };
        if p.kind != 0xee && parts.iter().any(overlaps) {
            let at = 446 + 16 * i as u64;
            return Err(corrupt(
                at,
                format!("MBR partition {} overlaps another", i + 1),
            ));
        }
        parts.push(p);
    }
    let patch = u32::from_le_bytes(b[432..436].try_into().expect("4 bytes"));
    Ok(Some((parts, patch)))
}

/// Entry `i` (16 bytes `e`): `None` when unused; inside the image when used.
fn partition(img: &dyn ReadAt, e: &[u8], i: usize) -> Result<Option<Partition>> {
    let at = 446 + 16 * i as u64;
    if e[4] == 0 {
        return Ok(None);
    }
    if e[0] != 0 && e[0] != 0x80 {
        let msg = format!("MBR partition {} status {:#04x}", i + 1, e[0]);
        return Err(corrupt(at, msg));
    }
    let le = |o: usize| u64::from(u32::from_le_bytes(e[o..o + 4].try_into().expect("4 bytes")));
    let (start, sectors) = (le(8), le(12));
    if sectors == 0 || start + sectors > img.size() / 512 {
        let msg = format!(
            "MBR partition {} ({start}+{sectors} sectors) is outside the image",
            i + 1
        );
        return Err(corrupt(at, msg));
    }
    let (kind, bootable) = (e[4], e[0] == 0x80);
    Ok(Some(Partition {
        kind,
        bootable,
        start,
        sectors,
    }))
}
