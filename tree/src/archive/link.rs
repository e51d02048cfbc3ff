//! Hard-link members (`1`): a second name for the node at the target path when the link is
//! read, as `tar -x` makes it; a later member replacing the target leaves the link alone.
use super::build::Builder;
use super::fault::{Fault, FaultAt};
use super::header::normalize;
use crate::entry::Kind;
use crate::node::LinkKey;
use crate::place::{find, insert, show};

impl Builder {
    /// A second name for the node now at `target`, sharing its inode.
    pub(super) fn hard_link(&mut self, path: &[u8], target: &[u8], at: u64) -> Result<(), Fault> {
        let shown = show(target);
        let to = normalize(target)
            .map_err(|e| format!("hard link target {shown}: {e}"))
            .at(at)?;
        let Some(node) = find(&mut self.root, &to) else {
            let msg = format!("hard link to {shown}, which no earlier member created");
            return Err(Fault::at(at, msg));
        };
        if node.kind == Kind::Dir {
            return Err(Fault::at(
                at,
                format!("hard link to {shown}, which is a directory"),
            ));
        }
        let key = *node.link.get_or_insert(LinkKey::Archive(at));
        let linked = node.clone();
        let placed = insert(&mut self.root, path, linked, self.implicit).at(at)?;
        placed.link = Some(key);
        Ok(())
    }
}
