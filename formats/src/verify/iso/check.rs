//! The orchestrator: descriptors → the Rock Ridge hierarchy → path tables → the Joliet
//! hierarchy → boot structures → no overlapping extents → the tree.

use anvil_tree::Tree;

use super::boot;
use super::counts::counts;
use super::extents::Extents;
use super::joliet::joliet;
use super::names::Names;
use super::node::Node;
use super::path_table;
use super::tree;
use super::volume::{BLOCK, Volume, read};
use super::walk::walk;
use crate::error::Result;
use crate::verify::Report;
use crate::verify::bounds::corrupt;
use crate::verify::read_at::ReadAt;

/// Verifies the ISO image `img`, against `tree` when given.
pub fn iso_at(img: &dyn ReadAt, tree: Option<&Tree>) -> Result<Report> {
    let vol = read(img)?;
    let mut ext = Extents::default();
    ext.add(
        16 * BLOCK,
        u64::from(vol.end - 15) * BLOCK,
        "the volume descriptors",
    );
    for &t in vol.primary.path_tables.iter().filter(|&&t| t != 0) {
        ext.add(
            u64::from(t) * BLOCK,
            vol.primary.path_table_size.into(),
            "a path table",
        );
    }
    let skip = super::sp::skip(img, &vol.primary.root)?;
    let (nodes, dirs) = walk(img, &vol.primary.root, Names::RockRidge, skip)?;
    path_table::check(img, &vol.primary, &dirs)?;
    inside_volume(&vol, &nodes)?;
    super::serials::check(&nodes, &dirs, nodes[0].rr.er)?;
    add_nodes(&mut ext, &nodes, "");
    joliet(img, &vol, &nodes, &mut ext)?;
    let mut report = counts(&nodes);
    report.size = img.size();
    boot::check(img, &vol, &nodes, &mut ext, &mut report)?;
    ext.check()?;
    if let Some(t) = tree {
        tree::compare(img, &nodes, t, &mut report)?;
        report.tree_checked = true;
    }
    Ok(report)
}

/// Every extent lies inside the volume space the primary descriptor declares.
fn inside_volume(vol: &Volume, nodes: &[Node]) -> Result<()> {
    let end = u64::from(vol.space_blocks) * BLOCK;
    for n in nodes {
        if n.extents
            .iter()
            .any(|&(lba, len)| u64::from(lba) * BLOCK + u64::from(len) > end)
        {
            return Err(corrupt(
                n.record.at,
                format!("{} lies past the volume space", n.shown()),
            ));
        }
    }
    Ok(())
}

pub(crate) fn add_nodes(ext: &mut Extents, nodes: &[Node], what: &str) {
    for n in nodes {
        for &(lba, len) in &n.extents {
            ext.add(
                u64::from(lba) * BLOCK,
                len.into(),
                format!("{what}{}", n.shown()),
            );
        }
    }
}
