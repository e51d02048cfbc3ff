//! An entry's extended attributes (zfs_sa.c `zfs_sa_get_xattr`, zpl_xattr.c): the packed
//! `ZPL_DXATTR` nvlist (name → byte array) and the files of the `ZPL_XATTR` directory.
use super::sa::SaTable;
use super::znode::Znode;
use crate::dmu::Objset;
use crate::error::{Result, corrupt};
use crate::nvlist::{NvValue, decode};
use crate::pool::Pool;

/// Linux's `XATTR_SIZE_MAX`: no value is larger.
const XATTR_SIZE_MAX: u64 = 1 << 16;

impl Pool<'_> {
    /// The xattrs of `z`, sorted by name.
    pub(super) fn xattrs(
        &self,
        os: &Objset,
        sa: &SaTable,
        z: &Znode,
        at: &str,
    ) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut out = Vec::new();
        if let Some(b) = z.bytes("ZPL_DXATTR") {
            let nv = decode(b).ok_or_else(|| corrupt(at, "ZPL_DXATTR nvlist does not decode"))?;
            for (name, v) in nv.0 {
                let NvValue::Bytes(v) = v else {
                    return Err(corrupt(at, "ZPL_DXATTR value is not a byte array"));
                };
                out.push((name, v));
            }
        }
        if let Some(dir) = z.u64("ZPL_XATTR").filter(|d| *d != 0) {
            let dir_at = format!("{at} xattr directory {dir}");
            let d = self.znode(os, sa, dir, &dir_at)?;
            for e in self.zap_of(&d.dn, &dir_at)? {
                let obj =
                    e.value().ok_or_else(|| corrupt(&dir_at, "entry value"))? & ((1 << 48) - 1);
                let f = self.znode(os, sa, obj, &format!("{dir_at} object {obj}"))?;
                let size = f.u64("ZPL_SIZE").unwrap_or(0);
                out.push((
                    e.name,
                    self.file_bytes(&f.dn, size, &dir_at, XATTR_SIZE_MAX)?,
                ));
            }
        }
        out.sort();
        Ok(out)
    }
}
