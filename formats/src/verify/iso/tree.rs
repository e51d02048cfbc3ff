//! The primary hierarchy against the tree: every tree entry (FIFOs and sockets aside, which
//! the writer leaves out) at its Rock Ridge path with its type, mode, owner, mtime, size,
//! content, target, device number and hard-link group; image entries beyond the tree are
//! listed as extras (the boot files).
use std::collections::HashMap;

use anvil_tree::{Kind, Tree};

use super::node::Node;
use super::tree_entry::entry;
use crate::error::Result;
use crate::verify::Report;
use crate::verify::content::{Expected, differs};
use crate::verify::read_at::ReadAt;

/// Compares `nodes` with `tree`, listing the image's extra entries in `report`.
pub(crate) fn compare(
    img: &dyn ReadAt,
    nodes: &[Node],
    tree: &Tree,
    report: &mut Report,
) -> Result<()> {
    let by_path: HashMap<&[u8], &Node> = nodes.iter().map(|n| (&n.path[..], n)).collect();
    let mut links: (HashMap<u32, u32>, HashMap<u32, u32>) = Default::default();
    for e in tree.entries() {
        let Some(node) = by_path.get(&e.path[..]) else {
            if matches!(e.kind, Kind::Fifo | Kind::Socket) {
                continue;
            }
            return Err(differs(&e.path, "is in the tree, not in the image"));
        };
        let px = node
            .rr
            .px
            .ok_or_else(|| differs(&e.path, "has no Rock Ridge PX entry"))?;
        entry(e, node, px)?;
        if let Some(g) = e.link.filter(|&g| tree.link_count(g) > 1) {
            let same = *links.0.entry(g).or_insert(px[4]) == px[4];
            if !same || *links.1.entry(px[4]).or_insert(g) != g {
                return Err(differs(&e.path, "hard-link group differs from the tree's"));
            }
        }
        if let Kind::File { source, size } = &e.kind {
            node.compare(img, Expected::open(source, *size, &e.path)?)?;
        }
    }
    let in_tree: std::collections::HashSet<&[u8]> =
        tree.entries().iter().map(|e| &e.path[..]).collect();
    let extra = nodes.iter().filter(|n| !in_tree.contains(&n.path[..]));
    report.extras = extra
        .map(|n| String::from_utf8_lossy(&n.path).into_owned())
        .collect();
    Ok(())
}
