//! Members into the node tree as `tar -x` would lay them out: missing parents created, a
//! later member replacing an earlier one, hard links made to the node then at the target.
use std::sync::Arc;

use super::attrs::attrs;
use super::fault::{Fault, FaultAt};
use super::header::normalize;
use super::member::{Member, What};
use crate::entry::Kind;
use crate::meta::Meta;
use crate::node::Node;
use crate::place::{insert, show};
use crate::source::{Archive, ArchiveRange, Source};

/// The tree being built from one archive.
pub(super) struct Builder {
    pub root: Node,
    pub(super) implicit: Meta,
    archive: Arc<Archive>,
    /// Whether some ACL names a user or group still to be looked up.
    pub pending: bool,
}

impl Builder {
    pub fn new(archive: Arc<Archive>, implicit: Meta) -> Builder {
        let root = Node::leaf(Kind::Dir, implicit, None);
        let pending = false;
        Builder {
            root,
            implicit,
            archive,
            pending,
        }
    }

    /// Puts `m` in the tree; an error names the member.
    pub fn add(&mut self, m: Member, warnings: &mut Vec<String>) -> Result<(), Fault> {
        let (at, name) = (m.offset, m.name);
        let fail = |f: Fault| f.entry(&name);
        let path = normalize(&name).at(at).map_err(fail)?;
        let kind = match m.what {
            What::HardLink(target) => return self.hard_link(&path, &target, at).map_err(fail),
            What::Other(t) => {
                let t = t.escape_ascii();
                let what = "is not a file, link, directory, device or fifo";
                warnings.push(format!(
                    "skipping member {} at byte {at}: type '{t}' {what}",
                    show(&name)
                ));
                return Ok(());
            }
            what => self.kind(what),
        };
        kind.check_device().at(at).map_err(fail)?;
        let mut node = Node::leaf(kind, m.meta, None);
        let attrs = attrs(at, m.xattrs, m.acls).at(at).map_err(fail)?;
        self.pending |= attrs.pending;
        if let Some(bits) = attrs.mode_bits {
            node.meta.mode = (node.meta.mode & !0o777) | bits;
        }
        let xattrs = attrs.xattrs;
        node.xattrs.clone_from(&xattrs);
        let placed = insert(&mut self.root, &path, node, self.implicit)
            .at(at)
            .map_err(fail)?;
        // A directory over a directory keeps its children but takes all the new metadata.
        placed.xattrs = xattrs;
        Ok(())
    }

    fn kind(&self, what: What) -> Kind {
        match what {
            What::File { data, size, sparse } => {
                let archive = Arc::clone(&self.archive);
                let sparse = sparse.map(Arc::from);
                let range = ArchiveRange {
                    archive,
                    offset: data,
                    sparse,
                };
                Kind::File {
                    source: Source::Archive(range),
                    size,
                }
            }
            What::Symlink(target) => Kind::Symlink { target },
            What::Dir => Kind::Dir,
            What::Fifo => Kind::Fifo,
            What::CharDev(major, minor) => Kind::CharDev { major, minor },
            What::BlockDev(major, minor) => Kind::BlockDev { major, minor },
            What::HardLink(_) | What::Other(_) => unreachable!("handled by add"),
        }
    }
}
