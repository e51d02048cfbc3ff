//! System Use Sharing Protocol entries of one directory record (SUSP 1.12 §4–5): signature,
//! length, version, data; CE continues into a continuation area, ST stops, PD pads.
use super::super::both_endian::Field;
use super::super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// Continuation areas followed for one record before calling it a loop.
const MAX_HOPS: usize = 16;

/// One SUSP entry.
pub(crate) struct Entry {
    pub sig: [u8; 2],
    pub data: Vec<u8>,
    /// Image offset of the entry.
    pub at: u64,
}

/// The entries of system use area `su` (at image offset `at`), after `skip` bytes (SP's
/// LEN_SKP), continuation areas included.
pub(crate) fn entries(img: &dyn ReadAt, su: &[u8], at: u64, skip: usize) -> Result<Vec<Entry>> {
    let (mut area, mut base) = (
        su.get(skip..).unwrap_or_default().to_vec(),
        at + skip as u64,
    );
    let mut out = Vec::new();
    for _ in 0..MAX_HOPS {
        let Some((block, offset, len)) = area_entries(&area, base, &mut out)? else {
            return Ok(out);
        };
        if offset + len > BLOCK {
            return Err(corrupt(
                base,
                "SUSP continuation area crosses a block boundary",
            ));
        }
        base = u64::from(block) * BLOCK + offset;
        area = bytes(img, base, len, "SUSP continuation area")?;
    }
    Err(corrupt(
        at,
        format!("over {MAX_HOPS} SUSP continuation areas"),
    ))
}

/// Collects the entries of one area; returns where its CE points, if it has one.
fn area_entries(area: &[u8], base: u64, out: &mut Vec<Entry>) -> Result<Option<(u32, u64, u64)>> {
    let (mut i, mut next) = (0, None);
    while i + 4 <= area.len() {
        let (sig, len) = ([area[i], area[i + 1]], usize::from(area[i + 2]));
        let at = base + i as u64;
        if area[i..].iter().all(|&b| b == 0) {
            break;
        }
        if len < 4 || i + len > area.len() {
            let s = String::from_utf8_lossy(&sig);
            return Err(corrupt(at, format!("SUSP entry {s:?} of length {len}")));
        }
        let data = area[i + 4..i + len].to_vec();
        match &sig {
            b"ST" => break,
            b"PD" => {}
            b"CE" => {
                let f = Field {
                    b: &data,
                    base: at + 4,
                };
                let block = f.both32(0, "CE block")?;
                let (offset, len) = (f.both32(8, "CE offset")?, f.both32(16, "CE length")?);
                next = Some((block, offset.into(), len.into()));
            }
            _ => out.push(Entry { sig, data, at }),
        }
        i += len;
    }
    Ok(next)
}
