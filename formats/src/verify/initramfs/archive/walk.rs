//! Archives entry by entry: names safe and parents first, types known, data within the
//! stream, padding zero, 070702 checksums, hard links complete at each trailer.
use std::collections::HashSet;

use anvil_tree::Tree;

use super::super::stream::{Stream, pad};
use super::super::tree::TreeCheck;
use super::entry::{Member, TRAILER, check_name, parent, read_head};
use super::links::Links;
use super::mode::check_type;
use crate::error::Result;
use crate::verify::Report;

/// The state of a verification: counts, the tree matched so far, the open link table.
pub(crate) struct Walk<'t> {
    pub(crate) report: Report,
    pub(crate) tree: Option<TreeCheck<'t>>,
    links: Links,
    dirs: HashSet<Vec<u8>>,
}

impl<'t> Walk<'t> {
    pub(crate) fn new(tree: Option<&'t Tree>) -> Walk<'t> {
        let report = Report {
            format: "initramfs",
            tree_checked: tree.is_some(),
            ..Report::default()
        };
        let tree = tree.map(TreeCheck::new);
        let (links, dirs) = Default::default();
        Walk {
            report,
            tree,
            links,
            dirs,
        }
    }

    /// Reads one archive up to and including its trailer.
    pub(crate) fn archive(&mut self, s: &mut dyn Stream) -> Result<()> {
        loop {
            let m = read_head(s)?;
            if m.name == TRAILER {
                if m.h.filesize != 0 {
                    return Err(m.corrupt("the trailer carries data"));
                }
                pad(s, "trailer padding")?;
                self.links.finish(&m.at)?;
                self.report.archives += 1;
                return Ok(());
            }
            self.entry(s, &m)?;
        }
    }

    fn entry(&mut self, s: &mut dyn Stream, m: &Member) -> Result<()> {
        check_name(&m.name).map_err(|w| m.corrupt(w))?;
        check_type(&m.h).map_err(|w| m.corrupt(w))?;
        if let Some(p) = parent(&m.name).filter(|p| !self.dirs.contains(*p)) {
            let p = String::from_utf8_lossy(p);
            return Err(m.corrupt(format!("parent {p:?} is not an earlier directory entry")));
        }
        let link = self.links.add(self.report.archives, m)?;
        self.count(m, link);
        let kind = m.h.mode & 0o170_000;
        if kind == 0o040_000 {
            self.dirs.insert(m.name.clone());
        }
        let target = match kind {
            0o120_000 => Some(self.target(s, m)?),
            _ => None,
        };
        let key = link.map(|(k, _)| k);
        let index = match &mut self.tree {
            Some(t) => Some(t.entry(m, key, target.as_deref())?),
            None => None,
        };
        if kind == 0o100_000 {
            self.data(s, m, index)?;
        }
        pad(s, "data padding")
    }
}
