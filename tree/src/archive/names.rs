//! ACLs that name users or groups without ids (GNU tar writes names only) get their ids
//! from the archive's own `etc/passwd` and `etc/group`, read once every member is known.
use std::collections::HashMap;
use std::io::Read;

use super::acl::{self, Qualifier};
use super::attrs::{ACL_NAMES, PENDING};
use super::fault::Fault;
use crate::entry::{Kind, Xattr};
use crate::node::Node;
use crate::place::find;

/// Name → id, from a passwd or group file.
type Ids = HashMap<Vec<u8>, u32>;

/// Resolves every pending ACL under `root`.
pub(super) fn resolve(root: &mut Node) -> Result<(), Fault> {
    let users = ids(root, b"etc/passwd")?;
    let groups = ids(root, b"etc/group")?;
    visit(root, &mut Vec::new(), &[users, groups])
}

fn ids(root: &mut Node, path: &[u8]) -> Result<Ids, Fault> {
    let mut text = Vec::new();
    if let Some(Kind::File { source, size }) = find(root, path).map(|n| &n.kind) {
        let read = source
            .open(*size)
            .and_then(|mut r| r.read_to_end(&mut text));
        let shown = String::from_utf8_lossy(path);
        read.map_err(|e| Fault::at(0, format!("reading {shown} for ACL names: {e}")))?;
    }
    let lines = text.split(|&b| b == b'\n');
    let entries = lines.filter_map(|line| {
        let fields: Vec<&[u8]> = line.split(|&b| b == b':').collect();
        let id = std::str::from_utf8(fields.get(2)?).ok()?.parse().ok()?;
        Some((fields[0].to_vec(), id))
    });
    Ok(entries.collect())
}

fn visit(node: &mut Node, path: &mut Vec<u8>, tables: &[Ids; 2]) -> Result<(), Fault> {
    if node.xattrs.iter().any(|x| x.name.starts_with(PENDING)) {
        resolve_node(node, tables).map_err(|f| f.entry(path))?;
    }
    for (name, child) in &mut node.children {
        let len = path.len();
        if len > 0 {
            path.push(b'/');
        }
        path.extend_from_slice(name);
        visit(child, path, tables)?;
        path.truncate(len);
    }
    Ok(())
}

fn resolve_node(node: &mut Node, tables: &[Ids; 2]) -> Result<(), Fault> {
    let (pending, mut keep): (Vec<Xattr>, Vec<Xattr>) = node
        .xattrs
        .drain(..)
        .partition(|x| x.name.starts_with(PENDING));
    for x in pending {
        let name = &x.name[PENDING.len()..];
        let (at, text) = x.value.split_at(8);
        let at = u64::from_le_bytes(at.try_into().expect("8 bytes"));
        let mut parsed = acl::parse(text).map_err(|m| Fault::at(at, m))?;
        for e in &mut parsed {
            let Qualifier::Name(who) = &e.who else {
                continue;
            };
            let (table, file) = match e.tag == acl::USER {
                true => (&tables[0], "etc/passwd"),
                false => (&tables[1], "etc/group"),
            };
            let id = table.get(who).ok_or_else(|| {
                let who = String::from_utf8_lossy(who);
                Fault::at(at, format!("the ACL names {who:?}, which has no numeric id and is not in the archive's {file}"))
            })?;
            e.who = Qualifier::Id(*id);
        }
        let access = name == ACL_NAMES[0];
        if let Some(value) = acl::encode(&parsed, access).map_err(|m| Fault::at(at, m))? {
            keep.push(Xattr {
                name: name.to_vec(),
                value,
            });
        }
    }
    keep.sort();
    node.xattrs = keep;
    Ok(())
}
