//! One entry of the tree against its znode: type and mode, owner, mtime, then what its kind
//! has (size and bytes, symlink target, rdev), then xattrs. POSIX ACL xattrs are left out:
//! the writer normalises them (an ACL equal to the mode is dropped, the mode taken from it).
use anvil_tree::{Entry, Kind};

use super::compare::{check, mismatch};
use super::sa::SaTable;
use super::walk::{Node, S_IFMT};
use crate::dmu::Objset;
use crate::error::{Error, Result};
use crate::pool::Pool;

const ACL_PREFIX: &[u8] = b"system.posix_acl_";

impl Pool<'_> {
    pub(super) fn compare_entry(
        &self,
        os: &Objset,
        sa: &SaTable,
        e: &Entry,
        n: &Node,
    ) -> Result<()> {
        let z = &n.z;
        let at = format!("{} object {}", os.name, z.obj);
        let attr = |name: &str| {
            z.u64(name)
                .ok_or_else(|| mismatch(&e.path, format!("no {name}")))
        };
        let (mode, want) = (
            attr("ZPL_MODE")?,
            u64::from(e.kind.type_bits() | e.meta.mode & 0o7777),
        );
        let acl = e.xattrs.iter().any(|x| x.name.starts_with(ACL_PREFIX));
        let mask = if acl { S_IFMT } else { u64::MAX };
        check(e, "mode", mode & mask, want & mask)?;
        check(e, "uid", attr("ZPL_UID")?, u64::from(e.meta.uid))?;
        check(e, "gid", attr("ZPL_GID")?, u64::from(e.meta.gid))?;
        let mtime = z
            .time("ZPL_MTIME")
            .ok_or_else(|| mismatch(&e.path, "no ZPL_MTIME".into()))?;
        let nsec = |n: u32| if self.seconds_only { 0 } else { n };
        let want = (e.meta.mtime.sec, nsec(e.meta.mtime.nsec));
        check(e, "mtime", (mtime.0, nsec(mtime.1)), want)?;
        self.compare_kind(e, n)?;
        let keep = |x: &(Vec<u8>, Vec<u8>)| !x.0.starts_with(ACL_PREFIX);
        let got: Vec<_> = self
            .xattrs(os, sa, z, &at)?
            .into_iter()
            .filter(keep)
            .collect();
        let mut want: Vec<_> = e
            .xattrs
            .iter()
            .map(|x| (x.name.clone(), x.value.clone()))
            .filter(keep)
            .collect();
        want.sort();
        check(e, "xattrs", got, want)
    }

    fn compare_kind(&self, e: &Entry, n: &Node) -> Result<()> {
        let z = &n.z;
        let path = String::from_utf8_lossy(&e.path).into_owned();
        match &e.kind {
            Kind::File { source, size } => {
                check(e, "size", z.u64("ZPL_SIZE"), Some(*size))?;
                let mut src = source.open(*size).map_err(|err| Error::Io {
                    what: format!("the tree's /{path}"),
                    source: err,
                })?;
                self.compare_content(&z.dn, *size, &mut src, &path)
            }
            Kind::Symlink { target } => check(
                e,
                "symlink target",
                z.bytes("ZPL_SYMLINK"),
                Some(&target[..]),
            ),
            Kind::CharDev { major, minor } | Kind::BlockDev { major, minor } => check(
                e,
                "rdev",
                z.u64("ZPL_RDEV"),
                Some(u64::from(*major) << 20 | u64::from(*minor)),
            ),
            Kind::Dir | Kind::Fifo | Kind::Socket => Ok(()),
        }
    }
}
