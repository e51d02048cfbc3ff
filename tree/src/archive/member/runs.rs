//! A sparse map checked against the file it describes: runs in order, none overlapping,
//! none past the real size, and together exactly the bytes the member stores.
use crate::source::Segment;

/// `map` is offset, length, offset, length…; `realsize` the file's size; `stored` the
/// bytes of data the member holds.
pub(crate) fn runs(map: &[u64], realsize: u64, stored: u64) -> Result<Vec<Segment>, String> {
    if !map.len().is_multiple_of(2) {
        return Err("the sparse map has an offset without a length".into());
    }
    let (mut end, mut total) = (0u64, 0u64);
    let mut out = Vec::with_capacity(map.len() / 2);
    for pair in map.chunks_exact(2) {
        let (offset, len) = (pair[0], pair[1]);
        if offset < end {
            return Err(format!(
                "the sparse map is unsorted or overlapping (a run at {offset} after one ending at {end})"
            ));
        }
        end = offset
            .checked_add(len)
            .filter(|&e| e <= realsize)
            .ok_or_else(|| {
                format!("the sparse map has a run at {offset} of {len} bytes, beyond the file size {realsize}")
            })?;
        total += len;
        out.push(Segment { offset, len });
    }
    if total != stored {
        return Err(format!(
            "the sparse map covers {total} bytes but the member stores {stored}"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
