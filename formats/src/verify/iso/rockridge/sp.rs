//! SUSP's SP entry (SUSP 1.12 §5.3): first in the root's "." record, check bytes BE EF,
//! and how many bytes every later system use area skips before its entries.
use super::super::dir_read::records;
use super::super::dir_record::DirRecord;
use crate::error::Result;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// LEN_SKP of the SP entry, 0 without one (no Rock Ridge: the walk then finds no entries).
pub(crate) fn skip(img: &dyn ReadAt, root: &DirRecord) -> Result<usize> {
    let recs = records(img, root)?;
    let su = &recs[0].system_use;
    if !su.starts_with(b"SP") {
        return Ok(0);
    }
    if su.len() < 7 || su[2] != 7 || su[4..6] != [0xbe, 0xef] {
        return Err(corrupt(
            recs[0].su_at,
            "SUSP SP entry without its BE EF check bytes",
        ));
    }
    Ok(usize::from(su[6]))
}
