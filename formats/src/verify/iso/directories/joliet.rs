//! The Joliet hierarchy (Joliet 1995): sound on its own (the same walk, UCS-2 names), its
//! directories and path tables taking their own blocks, its files sharing the primary
//! hierarchy's extents.
use std::collections::HashSet;

use super::super::check::add_nodes;
use super::super::names::Names;
use super::super::node::Node;
use super::super::volume::{BLOCK, Volume};
use super::extents::Extents;
use super::walk::walk;
use crate::error::Result;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// The Joliet hierarchy: sound on its own, its files sharing the primary's data.
pub(crate) fn joliet(
    img: &dyn ReadAt,
    vol: &Volume,
    primary: &[Node],
    ext: &mut Extents,
) -> Result<()> {
    let Some(joliet) = &vol.joliet else {
        return Ok(());
    };
    let (nodes, dirs) = walk(img, &joliet.root, Names::Joliet, 0)?;
    super::super::path_table::check(img, joliet, &dirs)?;
    for &t in joliet.path_tables.iter().filter(|&&t| t != 0) {
        let len = joliet.path_table_size.into();
        ext.add(u64::from(t) * BLOCK, len, "a Joliet path table");
    }
    let data: HashSet<&[(u32, u32)]> = primary.iter().map(|n| &n.extents[..]).collect();
    for n in nodes.iter().filter(|n| !n.is_dir() && n.size() > 0) {
        if !data.contains(&n.extents[..]) {
            return Err(corrupt(
                n.record.at,
                format!("Joliet file {} has extents no primary file has", n.shown()),
            ));
        }
    }
    let dirs: Vec<Node> = nodes.into_iter().filter(Node::is_dir).collect();
    add_nodes(ext, &dirs, "Joliet ");
    Ok(())
}
