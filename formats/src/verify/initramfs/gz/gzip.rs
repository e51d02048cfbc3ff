//! The gzip member header (RFC 1952 §2.3): magic, deflate, flags and the optional fields.
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// `ID1 ID2`: what starts every member.
pub(crate) const MAGIC: [u8; 2] = [0x1f, 0x8b];
const FHCRC: u8 = 1 << 1;
const FEXTRA: u8 = 1 << 2;
const FNAME: u8 = 1 << 3;
const FCOMMENT: u8 = 1 << 4;
/// Longest file name or comment we look through for its NUL.
const MAX_STRING: u64 = 64 << 10;

/// The length of the member header at `offset`, every field checked.
pub(crate) fn header_len(img: &dyn ReadAt, offset: u64) -> Result<u64> {
    let fixed = bytes(img, offset, 10, "gzip member header")?;
    if fixed[..2] != MAGIC {
        return Err(corrupt(offset, "not a gzip member (magic)"));
    }
    if fixed[2] != 8 {
        let msg = format!("gzip compression method {} is not deflate (8)", fixed[2]);
        return Err(corrupt(offset, msg));
    }
    let flg = fixed[3];
    if flg & 0xe0 != 0 {
        return Err(corrupt(
            offset,
            format!("gzip reserved flags set: {flg:#04x}"),
        ));
    }
    let mut pos = offset + 10;
    if flg & FEXTRA != 0 {
        let xlen = bytes(img, pos, 2, "gzip extra field length")?;
        let xlen = u64::from(u16::from_le_bytes([xlen[0], xlen[1]]));
        crate::verify::bounds::within(img, pos + 2, xlen, "gzip extra field")?;
        pos += 2 + xlen;
    }
    for (flag, what) in [(FNAME, "gzip file name"), (FCOMMENT, "gzip comment")] {
        if flg & flag != 0 {
            pos = past_nul(img, pos, what)?;
        }
    }
    if flg & FHCRC != 0 {
        let head = bytes(img, offset, pos - offset, "gzip member header")?;
        let stored = bytes(img, pos, 2, "gzip header CRC16")?;
        let crc16 = crc32fast::hash(&head) as u16;
        if u16::from_le_bytes([stored[0], stored[1]]) != crc16 {
            return Err(corrupt(
                pos,
                format!("gzip header CRC16 is not {crc16:#06x}"),
            ));
        }
        pos += 2;
    }
    Ok(pos - offset)
}

/// The offset just past the NUL that ends the string at `pos`.
fn past_nul(img: &dyn ReadAt, pos: u64, what: &str) -> Result<u64> {
    let len = MAX_STRING.min(img.size().saturating_sub(pos));
    let s = bytes(img, pos, len, what)?;
    match s.iter().position(|&b| b == 0) {
        Some(n) => Ok(pos + n as u64 + 1),
        None => Err(corrupt(
            pos,
            format!("{what} has no NUL within {len} bytes"),
        )),
    }
}
