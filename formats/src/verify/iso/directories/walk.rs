//! The directory hierarchy from a root record, breadth first: every directory read once (a
//! directory reached twice is a cycle), ".." pointing at the parent, every extent inside the
//! image, multi-extent files gathered, names unique within their directory.
use std::collections::{HashSet, VecDeque};

use super::super::dir_read::records;
use super::super::dir_record::{DirRecord, MULTI_EXTENT};
use super::super::names::Names;
use super::super::node::Node;
use super::super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{corrupt, within};
use crate::verify::read_at::ReadAt;

/// A walk in progress: the nodes found, the directories read, those still to read.
pub(crate) struct Walker<'i> {
    pub(crate) img: &'i dyn ReadAt,
    pub(crate) names: Names,
    /// SP's LEN_SKP.
    pub(crate) skip: usize,
    pub(crate) nodes: Vec<Node>,
    pub(crate) visited: HashSet<u32>,
    /// Directories as the path tables list them: identifier, extent, physical parent.
    pub(crate) phys: Vec<PhysDir>,
}

/// A directory as the path tables list it: identifier, extent, physical parent's extent.
pub(crate) type PhysDir = (Vec<u8>, u32, u32);

/// Every entry under `root`, parents before children, and the physical directories;
/// `skip` is SP's LEN_SKP.
pub(crate) fn walk(
    img: &dyn ReadAt,
    root: &DirRecord,
    names: Names,
    skip: usize,
) -> Result<(Vec<Node>, Vec<PhysDir>)> {
    let root_node = Node::root(root);
    let visited = HashSet::from([root.extent]);
    let mut w = Walker {
        img,
        names,
        skip,
        nodes: vec![root_node],
        visited,
        phys: vec![(root.name.clone(), root.extent, root.extent)],
    };
    let mut queue = VecDeque::from([0usize]);
    while let Some(d) = queue.pop_front() {
        w.dir(d, &mut queue)?;
    }
    Ok((w.nodes, w.phys))
}

impl Walker<'_> {
    /// Reads directory node `d`, adding its entries and queueing its subdirectories.
    fn dir(&mut self, d: usize, queue: &mut VecDeque<usize>) -> Result<()> {
        let dir = self.nodes[d].record.clone();
        let recs = records(self.img, &dir)?;
        self.check_parent(d, &recs[1])?;
        if self.names == Names::RockRidge {
            super::super::order::check(&recs)?;
        }
        if d == 0 {
            self.nodes[0].rr = self.rr(&recs[0])?;
        }
        let (mut seen, mut pending) = (HashSet::new(), Vec::new());
        for r in &recs[2..] {
            within(
                self.img,
                u64::from(r.extent) * BLOCK,
                r.len.into(),
                "file extent",
            )?;
            pending.push((r.extent, r.len));
            if r.flags & MULTI_EXTENT != 0 {
                continue;
            }
            if let Some(node) = self.child(d, r, std::mem::take(&mut pending))? {
                self.add(node, &mut seen, queue)?;
            }
        }
        match pending.is_empty() {
            true => Ok(()),
            false => Err(corrupt(
                dir.at,
                "multi-extent file without its final record",
            )),
        }
    }
}
