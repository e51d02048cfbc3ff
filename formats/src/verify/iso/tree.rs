//! The primary hierarchy against the tree: every tree entry (FIFOs and sockets aside, which
//! the writer leaves out) at its Rock Ridge path with its type, mode, owner, mtime, size,
//! content, target, device number and hard-link group; image entries beyond the tree are
//! listed as extras (the boot files).
use std::collections::HashMap;

use anvil_tree::{Entry, Kind, Tree};

use super::node::Node;
use crate::error::Result;
use crate::verify::Report;
use crate::verify::content::{Expected, differs};
use crate::verify::read_at::ReadAt;

/// Compares `nodes` with `tree`, listing the image's extra entries in `report`.
pub(super) fn compare(
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

/// Metadata of one entry against PX, TF, SL and PN.
fn entry(e: &Entry, node: &Node, px: [u32; 5]) -> Result<()> {
    let mtime = node.rr.mtime.unwrap_or(i64::MIN);
    let fields = [
        (
            "mode",
            i64::from(px[0]),
            i64::from(e.kind.type_bits() | e.meta.mode),
        ),
        ("uid", px[2].into(), e.meta.uid.into()),
        ("gid", px[3].into(), e.meta.gid.into()),
        ("mtime", mtime, e.meta.mtime.sec),
    ];
    for (field, image, tree) in fields {
        if image != tree {
            return Err(differs(
                &e.path,
                format!("{field}: image {image:#o}, tree {tree:#o}"),
            ));
        }
    }
    let ok = match &e.kind {
        Kind::File { size, .. } => node.size() == *size,
        Kind::Symlink { target } => node.rr.target.as_ref() == Some(target),
        Kind::CharDev { major, minor } | Kind::BlockDev { major, minor } => {
            node.rr.rdev == Some((*major, *minor))
        }
        _ => true,
    };
    match ok {
        true => Ok(()),
        false => Err(differs(
            &e.path,
            format!("size, target or device differs: image {node:?}"),
        )),
    }
}
