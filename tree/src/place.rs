//! Putting a node at a path of the tree, as `tar -x` and a spec line do: missing parents are
//! created, and a later entry replaces an earlier one of the same path.
use crate::entry::Kind;
use crate::meta::Meta;
use crate::node::Node;

/// A name as it appears in messages.
pub(crate) fn show(name: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(name))
}

/// Puts `node` at `path` (components joined by `/`), creating missing parents with
/// `implicit` metadata. A directory over a directory keeps its children and takes the new
/// metadata; anything over a non-empty directory is refused. Returns the node now at `path`.
pub(crate) fn insert<'a>(
    root: &'a mut Node,
    path: &[u8],
    node: Node,
    implicit: Meta,
) -> Result<&'a mut Node, String> {
    let mut parts: Vec<&[u8]> = path
        .split(|&b| b == b'/')
        .filter(|p| !p.is_empty())
        .collect();
    let Some(last) = parts.pop() else {
        return replace(root, node, path);
    };
    let mut dir = root;
    for part in parts {
        let child = dir
            .children
            .entry(part.to_vec())
            .or_insert_with(|| Node::leaf(Kind::Dir, implicit, None));
        if child.kind != Kind::Dir {
            return Err(format!(
                "{} is not a directory, so {} cannot be created",
                show(part),
                show(path)
            ));
        }
        dir = child;
    }
    if dir.children.contains_key(last) {
        let existing = dir.children.get_mut(last).expect("present");
        return replace(existing, node, path);
    }
    Ok(dir.children.entry(last.to_vec()).or_insert(node))
}

/// The node at `path`, if there is one.
pub(crate) fn find<'a>(root: &'a mut Node, path: &[u8]) -> Option<&'a mut Node> {
    let parts = path.split(|&b| b == b'/').filter(|p| !p.is_empty());
    let mut node = root;
    for part in parts {
        node = node.children.get_mut(part)?;
    }
    Some(node)
}

fn replace<'a>(existing: &'a mut Node, node: Node, path: &[u8]) -> Result<&'a mut Node, String> {
    match (&existing.kind, &node.kind) {
        (Kind::Dir, Kind::Dir) => existing.meta = node.meta,
        (Kind::Dir, _) if path.is_empty() => return Err("the root must stay a directory".into()),
        (Kind::Dir, _) if !existing.children.is_empty() => {
            return Err(format!(
                "{} would replace a non-empty directory",
                show(path)
            ));
        }
        _ => *existing = node,
    }
    Ok(existing)
}
