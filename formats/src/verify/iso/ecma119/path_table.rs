//! Path tables (ECMA-119 §9.4): the type L (little-endian) and type M (big-endian) tables,
//! and their optional copies, list exactly the directories the walk found, with their
//! extents and parents, ordered so that no directory comes before its parent's number.
use std::collections::BTreeSet;

use super::super::walk::PhysDir;
use super::hierarchy::Hierarchy;
use super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// `(identifier, extent, parent's extent)` of one directory.
type Dir = PhysDir;

/// Checks the four tables of hierarchy `vol` against the directories the walk found.
pub(crate) fn check(img: &dyn ReadAt, vol: &Hierarchy, dirs: &[PhysDir]) -> Result<()> {
    let [l, opt_l, m, opt_m] = vol.path_tables;
    if l == 0 || m == 0 {
        return Err(corrupt(16 * BLOCK + 140, "no type L or type M path table"));
    }
    let want: BTreeSet<Dir> = dirs.iter().cloned().collect();
    let table = read(img, l, vol.path_table_size, false)?;
    for (lba, big) in [(m, true), (opt_l, false), (opt_m, true)] {
        if lba != 0 && read(img, lba, vol.path_table_size, big)? != table {
            return Err(corrupt(
                u64::from(lba) * BLOCK,
                "path table differs from the type L table",
            ));
        }
    }
    let got: BTreeSet<Dir> = table.iter().cloned().collect();
    if got != want || table.len() != dirs.len() {
        let msg = format!(
            "path table lists {} directories, the hierarchy has {}",
            table.len(),
            want.len()
        );
        return Err(corrupt(u64::from(l) * BLOCK, msg));
    }
    Ok(())
}

/// The table at block `lba` as `(identifier, extent, parent's extent)` in table order.
fn read(img: &dyn ReadAt, lba: u32, size: u32, big: bool) -> Result<Vec<Dir>> {
    let at = u64::from(lba) * BLOCK;
    let b = bytes(img, at, size.into(), "path table")?;
    let (mut out, mut last_parent, mut off) = (Vec::<Dir>::new(), 1, 0usize);
    while off + 8 <= b.len() {
        let len = usize::from(b[off]);
        let n = out.len() + 1;
        let bad = |what: String| corrupt(at + off as u64, format!("path table record {n}: {what}"));
        if len == 0 || off + 8 + len > b.len() {
            return Err(bad(format!("identifier length {len}")));
        }
        let (extent, parent) = header(&b[off..off + 8], big);
        if parent == 0 || parent > out.len().max(1) || parent < last_parent {
            return Err(bad(format!("parent number {parent}")));
        }
        let parent_extent = out.get(parent - 1).map_or(extent, |d| d.1);
        out.push((b[off + 8..off + 8 + len].to_vec(), extent, parent_extent));
        last_parent = parent;
        off += 8 + len + len % 2;
    }
    if off != b.len() {
        return Err(corrupt(
            at + off as u64,
            "path table size does not end on a record",
        ));
    }
    Ok(out)
}

/// Extent and parent number of the 8-byte record header `h` (type M: big-endian).
fn header(h: &[u8], big: bool) -> (u32, usize) {
    let (e, p) = ([h[2], h[3], h[4], h[5]], [h[6], h[7]]);
    match big {
        true => (u32::from_be_bytes(e), u16::from_be_bytes(p).into()),
        false => (u32::from_le_bytes(e), u16::from_le_bytes(p).into()),
    }
}
