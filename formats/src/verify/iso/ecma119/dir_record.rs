//! One directory record (ECMA-119 §9.1): length, extent, data length, date, flags, file
//! identifier and the system use area Rock Ridge lives in.
use super::both_endian::Field;
use super::datetime::short_form;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// File flag: a directory (§9.1.6).
pub(crate) const DIRECTORY: u8 = 1 << 1;
/// File flag: not the final extent of the file (§9.1.6).
pub(crate) const MULTI_EXTENT: u8 = 1 << 7;

/// A decoded directory record.
#[derive(Clone, Debug)]
pub(crate) struct DirRecord {
    /// Image offset of the record.
    pub at: u64,
    pub extent: u32,
    pub len: u32,
    pub flags: u8,
    /// The recording date in Unix seconds (§9.1.5); `None` when all zero.
    pub date: Option<i64>,
    /// File identifier as stored: `\0` is ".", `\1` is "..".
    pub name: Vec<u8>,
    /// The system use area (SUSP entries), and its image offset.
    pub system_use: Vec<u8>,
    pub su_at: u64,
}

/// Decodes the record `b` found at image offset `at`.
pub(crate) fn decode(b: &[u8], at: u64) -> Result<DirRecord> {
    let len = usize::from(*b.first().unwrap_or(&0));
    if len < 34 || len > b.len() {
        return Err(corrupt(at, format!("directory record length {len}")));
    }
    let f = Field {
        b: &b[..len],
        base: at,
    };
    let date = plain_layout(&f)?;
    let name_len = usize::from(f.u8(32, "file identifier length")?);
    let name = f.bytes(33, name_len, "file identifier")?.to_vec();
    let su_start = 33 + name_len + (1 - name_len % 2);
    if name_len == 0 || su_start > len {
        return Err(corrupt(
            at + 32,
            format!("file identifier of {name_len} bytes"),
        ));
    }
    Ok(DirRecord {
        at,
        extent: f.both32(2, "extent location")?,
        len: f.both32(10, "data length")?,
        flags: f.u8(25, "file flags")?,
        date,
        name,
        system_use: b[su_start..len].to_vec(),
        su_at: at + su_start as u64,
    })
}

/// No extended attributes, no interleaving, volume 1 of 1, a valid or zero date (returned).
fn plain_layout(f: &Field<'_>) -> Result<Option<i64>> {
    let at = f.base;
    if f.u8(1, "extended attribute record length")? != 0 {
        return Err(corrupt(
            at + 1,
            "extended attribute records are not written by us",
        ));
    }
    if f.u8(26, "file unit size")? != 0 || f.u8(27, "interleave gap")? != 0 {
        return Err(corrupt(at + 26, "interleaved files are not supported"));
    }
    if f.both16(28, "volume sequence number")? != 1 {
        return Err(corrupt(at + 28, "volume sequence number is not 1"));
    }
    let date = f.bytes(18, 7, "recording date")?;
    if date == [0; 7] {
        return Ok(None);
    }
    let secs = short_form(date).map_err(|e| corrupt(at + 18, format!("recording date: {e}")))?;
    Ok(Some(secs))
}
