//! Rock Ridge link bookkeeping (RRIP 1.12 §4.1.1): names sharing a PX serial number are one
//! inode (same extents, PX links = the number of names); a directory's PX links are 2 plus
//! its subdirectories; the root's continuation area announces RRIP with an ER entry; the
//! recording date equals TF's modify time.
use std::collections::HashMap;

use super::super::node::Node;
use super::super::walk::PhysDir;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// Checks serials and link counts of `nodes` (the root first) and of the physical
/// directories `dirs`; `er` is whether the root has an RRIP ER entry.
pub(crate) fn check(nodes: &[Node], dirs: &[PhysDir], er: bool) -> Result<()> {
    if !er && nodes.iter().any(|n| n.rr.px.is_some()) {
        return Err(corrupt(
            nodes[0].record.at,
            "Rock Ridge entries but no RRIP ER entry",
        ));
    }
    let mut subdirs: HashMap<u32, u32> = HashMap::new();
    let mut inodes: HashMap<u32, Vec<&Node>> = HashMap::new();
    for n in &nodes[1..] {
        match (n.is_dir(), n.rr.px) {
            (true, _) => *subdirs.entry(n.parent).or_default() += 1,
            (false, Some(px)) => inodes.entry(px[4]).or_default().push(n),
            (false, None) => {}
        }
    }
    // A relocated directory counts under its POSIX parent or under rr_moved.
    let mut physical: HashMap<u32, u32> = HashMap::new();
    for d in dirs.iter().filter(|d| d.1 != d.2) {
        *physical.entry(d.2).or_default() += 1;
    }
    for n in nodes.iter().filter(|n| n.is_dir()) {
        let count = |m: &HashMap<u32, u32>| 2 + m.get(&n.record.extent).copied().unwrap_or(0);
        let want = count(&subdirs);
        if let Some(px) =
            n.rr.px
                .filter(|px| px[1] != want && px[1] != count(&physical))
        {
            let msg = format!(
                "{}: PX links {}, the directory has {want}",
                n.shown(),
                px[1]
            );
            return Err(corrupt(n.record.at, msg));
        }
    }
    inodes.values().try_for_each(|names| one_inode(names))?;
    nodes.iter().try_for_each(same_dates)
}

/// The record's date and Rock Ridge's TF modify time agree (our writer records the mtime
/// in both; plain ISO 9660 readers see the first, POSIX ones the second).
fn same_dates(n: &Node) -> Result<()> {
    match (n.record.date, n.rr.mtime) {
        (Some(date), Some(mtime)) if date != mtime => {
            let msg = format!("{}: recording date {date} but TF modify {mtime}", n.shown());
            Err(corrupt(n.record.at + 18, msg))
        }
        _ => Ok(()),
    }
}

/// The names sharing one PX serial: the same extents, PX links equal to their count.
fn one_inode(names: &[&Node]) -> Result<()> {
    let (first, count) = (names[0], names.len() as u32);
    let odd = |n: &&&Node| n.extents != first.extents || n.rr.px.map(|p| p[1]) != Some(count);
    match names.iter().find(odd) {
        None => Ok(()),
        Some(n) => {
            let serial = n.rr.px.map_or(0, |p| p[4]);
            let (a, b) = (first.shown(), n.shown());
            let msg =
                format!("{a} and {b} share PX serial {serial} but not one inode of {count} names");
            Err(corrupt(n.record.at, msg))
        }
    }
}
