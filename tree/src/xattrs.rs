//! A host entry's extended attributes (`llistxattr`/`lgetxattr`: symlinks are not
//! followed). Every namespace the caller may read comes back — `user.`, `security.`, the
//! POSIX ACLs under `system.`, and `trusted.` for root — sorted by name bytes.
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use crate::entry::Xattr;
use crate::error::{Result, io_err};

/// The attributes of `path`; a filesystem without attribute support has none.
pub(crate) fn read(path: &Path) -> Result<Vec<Xattr>> {
    let names = match xattr::list(path) {
        Ok(names) => names,
        Err(e) if unsupported(&e) => return Ok(Vec::new()),
        Err(e) => return Err(io_err("listing extended attributes of", path)(e)),
    };
    let mut out = Vec::new();
    for name in names {
        let value =
            xattr::get(path, &name).map_err(io_err("reading extended attributes of", path))?;
        // An attribute removed between the list and the read is simply gone.
        if let Some(value) = value {
            let name = name.as_bytes().to_vec();
            out.push(Xattr { name, value });
        }
    }
    out.sort();
    Ok(out)
}

fn unsupported(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Unsupported || e.raw_os_error() == Some(95)
}
