//! The volume descriptor set from block 16 (ECMA-119 §8): the primary descriptor, the El
//! Torito boot record (El Torito 1.0 §2.0), a Joliet supplementary descriptor, the terminator.
use super::both_endian::Field;
use super::hierarchy::{Hierarchy, hierarchy};
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// ECMA-119 logical block size, the only one we write.
pub(crate) const BLOCK: u64 = 2048;
/// Descriptors read before giving up on finding the terminator.
const MAX_DESCRIPTORS: u64 = 64;
/// Joliet's UCS-2 escape sequences, levels 1 to 3.
const JOLIET: [&[u8]; 3] = [b"%/@", b"%/C", b"%/E"];

/// What the descriptors say.
pub(crate) struct Volume {
    /// Volume space size in blocks.
    pub space_blocks: u32,
    pub primary: Hierarchy,
    /// The boot catalog's block, from the El Torito boot record.
    pub catalog: Option<u32>,
    /// The Joliet hierarchy.
    pub joliet: Option<Hierarchy>,
    /// The terminator's block.
    pub end: u32,
}

/// Reads and checks the descriptors.
pub(crate) fn read(img: &dyn ReadAt) -> Result<Volume> {
    let (mut pvd, mut catalog, mut joliet) = (None, None, None);
    for lba in 16..16 + MAX_DESCRIPTORS {
        let at = lba * BLOCK;
        let b = bytes(img, at, BLOCK, "volume descriptor")?;
        if &b[1..6] != b"CD001" || b[6] != 1 {
            return Err(corrupt(at, "volume descriptor without CD001 version 1"));
        }
        match b[0] {
            0 if b[7..39].starts_with(b"EL TORITO SPECIFICATION") => {
                catalog = Some(Field { b: &b, base: at }.le32(71, "boot catalog block")?);
            }
            1 if pvd.is_none() => pvd = Some(primary(img, &b, at)?),
            2 if JOLIET.contains(&&b[88..91]) => joliet = Some(hierarchy(&b, at)?),
            2 | 3 => {}
            255 => {
                let Some(mut v) = pvd else {
                    return Err(corrupt(
                        at,
                        "terminator before any primary volume descriptor",
                    ));
                };
                (v.catalog, v.joliet, v.end) = (catalog, joliet, lba as u32);
                return Ok(v);
            }
            t => return Err(corrupt(at, format!("volume descriptor type {t}"))),
        }
    }
    Err(corrupt(16 * BLOCK, "no volume descriptor set terminator"))
}

fn primary(img: &dyn ReadAt, b: &[u8], at: u64) -> Result<Volume> {
    let f = Field { b, base: at };
    if f.both16(128, "logical block size")? != BLOCK as u16 {
        return Err(corrupt(at + 128, "logical block size is not 2048"));
    }
    let space_blocks = f.both32(80, "volume space size")?;
    if u64::from(space_blocks) * BLOCK > img.size() {
        let msg = format!("volume space of {space_blocks} blocks is past the image end");
        return Err(corrupt(at + 80, msg));
    }
    if f.both16(120, "volume set size")? != 1 || f.both16(124, "volume sequence number")? != 1 {
        return Err(corrupt(at + 120, "not a single-volume set"));
    }
    if b[881] != 1 {
        return Err(corrupt(at + 881, "file structure version is not 1"));
    }
    Ok(Volume {
        space_blocks,
        primary: hierarchy(b, at)?,
        catalog: None,
        joliet: None,
        end: 0,
    })
}
