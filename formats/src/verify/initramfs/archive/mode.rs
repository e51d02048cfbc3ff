//! File types: the `S_IFMT` values newc entries may carry, what data each may have, and
//! how each is counted.
use super::entry::Member;
use super::links::Key;
use super::walk::Walk;
use crate::cpio::NewcHeader;

/// The `S_IFMT` values newc entries may carry.
const TYPES: [u32; 7] = [
    0o010_000, 0o020_000, 0o040_000, 0o060_000, 0o100_000, 0o120_000, 0o140_000,
];

/// Checks the file type bits; the trailer (mode 0 allowed) is checked by its caller.
pub(crate) fn check_type(h: &NewcHeader) -> Result<(), String> {
    let kind = h.mode & 0o170_000;
    if !TYPES.contains(&kind) {
        return Err(format!("c_mode {:#o} has no known file type", h.mode));
    }
    let data_ok = matches!(kind, 0o100_000 | 0o120_000) || h.filesize == 0;
    match data_ok {
        true => Ok(()),
        false => Err(format!(
            "c_mode {:#o} carries {} bytes of data",
            h.mode, h.filesize
        )),
    }
}

impl Walk<'_> {
    pub(crate) fn count(&mut self, m: &Member, link: Option<(Key, bool)>) {
        let r = &mut self.report;
        r.entries += 1;
        match m.h.mode & 0o170_000 {
            0o040_000 => r.dirs += 1,
            0o100_000 => r.files += 1,
            0o120_000 => r.symlinks += 1,
            _ => r.specials += 1,
        }
        r.hard_links += u64::from(link.is_some_and(|(_, later)| later));
    }
}
