//! Nothing overlaps: file and directory extents, path tables, descriptors and the appended
//! ESP each take their own blocks; only identical ranges may be shared (hard links, the
//! Joliet twin of a file, empty files).
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// Byte ranges of the image and what owns each.
#[derive(Default)]
pub(crate) struct Extents {
    ranges: Vec<(u64, u64, String)>,
}

impl Extents {
    /// Records `len` bytes at `start` owned by `owner`; empty ranges own nothing.
    pub(crate) fn add(&mut self, start: u64, len: u64, owner: impl Into<String>) {
        if len > 0 {
            self.ranges.push((start, start + len, owner.into()));
        }
    }

    /// Checks that no two ranges overlap unless they are the same range.
    pub(crate) fn check(mut self) -> Result<()> {
        self.ranges.sort();
        self.ranges.dedup_by(|b, a| a.0 == b.0 && a.1 == b.1);
        let mut end: Option<&(u64, u64, String)> = None;
        for r in &self.ranges {
            if let Some(prev) = end.filter(|p| r.0 < p.1) {
                let msg = format!(
                    "{} overlaps {} (bytes {:#x}..{:#x})",
                    r.2, prev.2, prev.0, prev.1
                );
                return Err(corrupt(r.0, msg));
            }
            if end.is_none_or(|p| r.1 > p.1) {
                end = Some(r);
            }
        }
        Ok(())
    }
}
