//! What newc and the kernel's unpacker cannot hold, refused before any byte is written.
use anvil_tree::{Kind, Tree};

use crate::error::{Error, Result};

/// Longest name the kernel's unpacker takes, NUL included (`PATH_MAX`, init/initramfs.c).
const PATH_MAX: usize = 4096;

/// Refuses what newc or the kernel cannot hold before any byte is written.
pub(super) fn check(tree: &Tree) -> Result<()> {
    for entry in tree.entries() {
        if entry.path.len() + 1 > PATH_MAX {
            let name = String::from_utf8_lossy(&entry.path).into_owned();
            return Err(Error::NameTooLong {
                name,
                len: entry.path.len() + 1,
                max: PATH_MAX,
            });
        }
        if let Kind::File { source, size } = &entry.kind
            && *size > u64::from(u32::MAX)
        {
            let (path, format) = (source.describe(&entry.path), "newc cpio");
            let max = u64::from(u32::MAX);
            return Err(Error::TooLarge {
                path,
                size: *size,
                max,
                format,
            });
        }
    }
    Ok(())
}
