//! The boot-info-table isolinux requires in bytes 8–63 of its image (mkisofs
//! `-boot-info-table`; syslinux core/isolinux.asm): the primary descriptor's block (16), the
//! image's block and length, and the 32-bit sum of its words from byte 64 on.
use super::super::node::Node;
use super::super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// Checks the table of the BIOS boot image at block `lba`, which must be the file `file`.
pub(crate) fn check(img: &dyn ReadAt, lba: u32, file: Option<&Node>) -> Result<()> {
    let at = u64::from(lba) * BLOCK;
    let Some(file) = file.filter(|f| f.extents.len() == 1) else {
        return Err(corrupt(
            at,
            "the BIOS boot image is not one file's single extent",
        ));
    };
    let len = file.size();
    let data = bytes(img, at, len, "BIOS boot image")?;
    if data.len() < 64 {
        return Err(corrupt(
            at,
            "BIOS boot image shorter than its boot-info-table",
        ));
    }
    let word = |i: usize| u32::from_le_bytes(data[i..i + 4].try_into().expect("4 bytes"));
    let sum = data[64..].chunks(4).fold(0u32, |s, w| {
        let mut b = [0u8; 4];
        b[..w.len()].copy_from_slice(w);
        s.wrapping_add(u32::from_le_bytes(b))
    });
    let want = [16, lba, len as u32, sum];
    let got = [word(8), word(12), word(16), word(20)];
    if got != want {
        let msg = format!(
            "boot-info-table of {} is {got:?}, should be {want:?}",
            file.shown()
        );
        return Err(corrupt(at + 8, msg));
    }
    Ok(())
}
