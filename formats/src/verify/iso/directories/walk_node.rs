//! One record of a walk made a node: its Rock Ridge entries decoded, its name read, its
//! path joined to its parent's; then added once, its directory queued once.
use super::super::dir_record::{DIRECTORY, DirRecord};
use super::super::names::{Names, name_of};
use super::super::node::Node;
use super::super::rrip::{Rr, decode};
use super::super::susp::entries;
use super::walk::Walker;
use crate::error::Result;
use crate::verify::bounds::corrupt;
use std::collections::{HashSet, VecDeque};

impl Walker<'_> {
    /// The Rock Ridge entries of `r` (none in the Joliet hierarchy).
    pub(crate) fn rr(&self, r: &DirRecord) -> Result<Rr> {
        match self.names {
            Names::RockRidge => decode(&entries(self.img, &r.system_use, r.su_at, self.skip)?),
            Names::Joliet => Ok(Rr::default()),
        }
    }

    /// The node of record `r` (with `extents`) in directory node `d`; `None` for a
    /// relocated directory's own record, which its CL placeholder stands for.
    pub(crate) fn child(
        &mut self,
        d: usize,
        r: &DirRecord,
        extents: Vec<(u32, u32)>,
    ) -> Result<Option<Node>> {
        let rr = self.rr(r)?;
        let parent = self.nodes[d].record.extent;
        if rr.relocated {
            self.phys.push((r.name.clone(), r.extent, parent));
            return Ok(None);
        }
        let name = name_of(r, &rr, self.names)?;
        let path = match self.nodes[d].path.is_empty() {
            true => name,
            false => [&self.nodes[d].path[..], b"/", &name].concat(),
        };
        let (record, extents, moved) = match rr.child_link {
            Some(lba) => {
                let record = self.relocated_dir(r, lba)?;
                (record.clone(), vec![(record.extent, record.len)], true)
            }
            None => (r.clone(), extents, false),
        };
        if record.flags & DIRECTORY != 0 && !moved {
            self.phys.push((r.name.clone(), r.extent, parent));
        }
        Ok(Some(Node {
            path,
            record,
            extents,
            parent,
            rr,
            moved,
        }))
    }

    /// Adds `node`, unless its name is taken or its directory already read.
    pub(crate) fn add(
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
