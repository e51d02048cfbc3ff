//! One record of a walk made a node: its Rock Ridge entries decoded, its name read, its
//! path joined to its parent's; then added once, its directory queued once.
use super::dir_record::DirRecord;
use super::names::{Names, name_of};
use super::node::Node;
use super::rrip::{Rr, decode};
use super::susp::entries;
use super::walk::Walker;
use crate::error::Result;
use crate::verify::bounds::corrupt;
use std::collections::{HashSet, VecDeque};

impl Walker<'_> {
    /// The Rock Ridge entries of `r` (none in the Joliet hierarchy).
    pub(super) fn rr(&self, r: &DirRecord) -> Result<Rr> {
        match self.names {
            Names::RockRidge => decode(&entries(self.img, &r.system_use, r.su_at, self.skip)?),
            Names::Joliet => Ok(Rr::default()),
        }
    }

    /// The node of record `r` (with `extents`) in directory node `d`.
    pub(super) fn child(&self, d: usize, r: &DirRecord, extents: Vec<(u32, u32)>) -> Result<Node> {
        let rr = self.rr(r)?;
        let name = name_of(r, &rr, self.names)?;
        let parent = &self.nodes[d];
        let path = match parent.path.is_empty() {
            true => name,
            false => [&parent.path[..], b"/", &name].concat(),
        };
        let (record, parent) = (r.clone(), parent.record.extent);
        Ok(Node {
            path,
            record,
            extents,
            parent,
            rr,
        })
    }

    /// Adds `node`, unless its name is taken or its directory already read.
    pub(super) fn add(
        &mut self,
        node: Node,
        seen: &mut HashSet<Vec<u8>>,
        queue: &mut VecDeque<usize>,
    ) -> Result<()> {
        let at = node.record.at;
        if !seen.insert(node.path.clone()) {
            return Err(corrupt(
                at,
                format!("{} is twice in its directory", node.shown()),
            ));
        }
        if node.is_dir() {
            if node.extents.len() != 1 || !self.visited.insert(node.record.extent) {
                return Err(corrupt(
                    at,
                    "directory reached twice (a cycle) or in pieces",
                ));
            }
            queue.push_back(self.nodes.len());
        }
        self.nodes.push(node);
        Ok(())
    }
}
