//! One tree entry against its node: PX mode and owner, TF mtime, the size, the SL target
//! and the PN device number.
use anvil_tree::{Entry, Kind};

use super::node::Node;
use crate::error::Result;
use crate::verify::content::differs;

/// Metadata of one entry against PX, TF, SL and PN.
pub(crate) fn entry(e: &Entry, node: &Node, px: [u32; 5]) -> Result<()> {
    let mtime = node.rr.mtime.unwrap_or(i64::MIN);
    let fields = [
        (
            "mode",
            i64::from(px[0]),
            i64::from(e.kind.type_bits() | e.meta.mode),
        ),
        ("uid", px[2].into(), e.meta.uid.into()),
        ("gid", px[3].into(), e.meta.gid.into()),
        ("mtime", mtime, e.meta.mtime.sec),
    ];
    for (field, image, tree) in fields {
        if image != tree {
            return Err(differs(
                &e.path,
                format!("{field}: image {image:#o}, tree {tree:#o}"),
            ));
        }
    }
    match kind_differs(e, node) {
        Some(what) => Err(differs(&e.path, what)),
        None => Ok(()),
    }
}

/// What differs in the size, target or device number of `node` against `e`.
fn kind_differs(e: &Entry, node: &Node) -> Option<String> {
    let shown = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match &e.kind {
        Kind::File { size, .. } if node.size() != *size => {
            Some(format!("size: image {}, tree {size}", node.size()))
        }
        Kind::Symlink { target } if node.rr.target.as_ref() != Some(target) => {
            let got = shown(node.rr.target.as_deref().unwrap_or_default());
            Some(format!(
                "symlink target: image {got:?}, tree {:?}",
                shown(target)
            ))
        }
        Kind::CharDev { major, minor } | Kind::BlockDev { major, minor }
            if node.rr.rdev != Some((*major, *minor)) =>
        {
            Some(format!(
                "device: image {:?}, tree ({major}, {minor})",
                node.rr.rdev
            ))
        }
        _ => None,
    }
}
