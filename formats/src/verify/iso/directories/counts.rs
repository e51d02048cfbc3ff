//! The report's counts from the primary hierarchy: entries by kind, hard links (later names
//! of a PX serial number, or of an extent without Rock Ridge), file bytes and extents of
//! each inode once.
use std::collections::HashSet;

use super::super::node::Node;
use crate::verify::Report;

/// The counts of `nodes` (the root not counted).
pub(crate) fn counts(nodes: &[Node]) -> Report {
    let mut r = Report {
        format: "ISO 9660",
        ..Report::default()
    };
    let mut inodes = HashSet::new();
    for n in &nodes[1..] {
        r.entries += 1;
        match n.kind() {
            0o040_000 => r.dirs += 1,
            0o100_000 => r.files += 1,
            0o120_000 => r.symlinks += 1,
            _ => r.specials += 1,
        }
        let inode = match n.rr.px {
            Some(px) => (Some(px[4]), Vec::new()),
            None => (None, n.extents.clone()),
        };
        let empty = n.rr.px.is_none() && n.size() == 0;
        let first = n.is_dir() || empty || inodes.insert(inode);
        r.hard_links += u64::from(!first);
        if first && !n.is_dir() {
            r.file_bytes += n.size();
            r.extents += n.extents.len() as u64;
        }
    }
    r
}
