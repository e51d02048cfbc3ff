//! Deep-directory relocation (RRIP 1.12 §4.1.5): a directory below depth 8 lives under
//! `rr_moved` with RE in its record; a placeholder with CL stands at its POSIX place, and its
//! ".." carries PL, the block of its POSIX parent.
use super::super::dir_record::{DIRECTORY, DirRecord, decode};
use super::super::volume::BLOCK;
use super::walk::Walker;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};

impl Walker<'_> {
    /// Checks that ".." (`dotdot`) of directory node `d` leads to its parent: by its extent,
    /// or by PL for a relocated directory.
    pub(crate) fn check_parent(&self, d: usize, dotdot: &DirRecord) -> Result<()> {
        let node = &self.nodes[d];
        let got = match node.moved {
            true => self.rr(dotdot)?.parent_link,
            false => Some(dotdot.extent),
        };
        match got == Some(node.parent) {
            true => Ok(()),
            false => Err(corrupt(
                dotdot.at,
                "'..' does not lead to the parent directory",
            )),
        }
    }

    /// The directory the CL placeholder `r` points at (block `lba`), as a record: its size
    /// from its own "." record.
    pub(crate) fn relocated_dir(&self, r: &DirRecord, lba: u32) -> Result<DirRecord> {
        let at = u64::from(lba) * BLOCK;
        let len = 255.min(self.img.size().saturating_sub(at));
        let dot = decode(&bytes(self.img, at, len, "relocated directory")?, at)?;
        if dot.name != [0] || dot.flags & DIRECTORY == 0 || dot.extent != lba {
            return Err(corrupt(
                r.at,
                format!("CL points at block {lba}, not a directory"),
            ));
        }
        let flags = r.flags | DIRECTORY;
        Ok(DirRecord {
            extent: lba,
            len: dot.len,
            flags,
            ..r.clone()
        })
    }
}
