//! The order of a primary directory's records (ECMA-119 §9.3): by file name, then extension
//! (each compared as if padded with spaces), then version, highest first; only the pieces of
//! a multi-extent file share an identifier. isolinux and other plain readers rely on it.
use std::cmp::Ordering;

use super::dir_record::{DirRecord, MULTI_EXTENT};
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// Checks the records after "." and "..".
pub(crate) fn check(recs: &[DirRecord]) -> Result<()> {
    for pair in recs.get(2..).unwrap_or_default().windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        match compare(&a.name, &b.name) {
            Ordering::Less => {}
            Ordering::Equal if a.flags & MULTI_EXTENT != 0 => {}
            _ => {
                let (x, y) = (
                    String::from_utf8_lossy(&a.name),
                    String::from_utf8_lossy(&b.name),
                );
                let msg = format!("{y:?} follows {x:?}: records out of order or repeated");
                return Err(corrupt(b.at, msg));
            }
        }
    }
    Ok(())
}

/// §9.3 order of two identifiers.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    let (an, ae, av) = split(a);
    let (bn, be, bv) = split(b);
    padded(an, bn).then(padded(ae, be)).then(bv.cmp(&av))
}

/// Name, extension and version of `NAME.EXT;VERSION` (a directory has only a name).
fn split(id: &[u8]) -> (&[u8], &[u8], u32) {
    let (file, version) = match id.iter().position(|&c| c == b';') {
        Some(i) => (&id[..i], &id[i + 1..]),
        None => (id, &[][..]),
    };
    let version = std::str::from_utf8(version)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    match file.iter().position(|&c| c == b'.') {
        Some(i) => (&file[..i], &file[i + 1..], version),
        None => (file, &[][..], version),
    }
}

/// Byte order with the shorter side padded with spaces.
fn padded(a: &[u8], b: &[u8]) -> Ordering {
    let n = a.len().max(b.len());
    let at = |s: &[u8], i: usize| s.get(i).copied().unwrap_or(b' ');
    (0..n)
        .map(|i| at(a, i).cmp(&at(b, i)))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}
