//! One entry's header and name: decoded, NUL-terminated, padded, and safe to unpack.
use super::super::stream::{Stream, corrupt, pad, read_exact};
use super::newc::{HEADER_LEN, decode};
use crate::cpio::NewcHeader;
use crate::error::{Error, Result};

/// Name of the entry that ends an archive.
pub(crate) const TRAILER: &[u8] = b"TRAILER!!!";

/// An entry as read up to its data.
pub(crate) struct Member {
    pub h: NewcHeader,
    /// `070702`: the data's byte sum is `check`.
    pub crc: bool,
    pub check: u32,
    /// The name without its NUL.
    pub name: Vec<u8>,
    /// Where the header starts, for messages.
    pub at: String,
}

impl Member {
    /// A malformed part of this entry.
    pub(crate) fn corrupt(&self, what: impl Into<String>) -> Error {
        let name = String::from_utf8_lossy(&self.name);
        Error::Corrupt {
            at: format!("{} (entry {name:?})", self.at),
            what: what.into(),
        }
    }
}

/// Reads a header, its name and the name's padding.
pub(crate) fn read_head(s: &mut dyn Stream) -> Result<Member> {
    let at = s.at();
    let mut raw = [0u8; HEADER_LEN];
    read_exact(s, &mut raw, "a newc header")?;
    let d = decode(&raw).map_err(|what| Error::Corrupt {
        at: at.clone(),
        what,
    })?;
    let mut name = vec![0; d.header.namesize as usize];
    read_exact(s, &mut name, "an entry name")?;
    if name.pop() != Some(0) || name.contains(&0) {
        let msg = format!(
            "name {:?} is not one NUL-terminated string",
            String::from_utf8_lossy(&name)
        );
        return Err(corrupt(s, msg));
    }
    pad(s, "name padding")?;
    let (h, crc, check) = (d.header, d.crc, d.check);
    Ok(Member {
        h,
        crc,
        check,
        name,
        at,
    })
}

/// A name the kernel may unpack: relative, no empty or `..` component.
pub(crate) fn check_name(name: &[u8]) -> Result<(), String> {
    let shown = String::from_utf8_lossy(name);
    if name.first() == Some(&b'/') {
        return Err(format!("name {shown:?} is absolute"));
    }
    for part in name.split(|&b| b == b'/') {
        if part.is_empty() || part == b".." {
            return Err(format!("name {shown:?} has an empty or '..' component"));
        }
    }
    Ok(())
}

/// The parent directory of `name`, `None` for a top-level name.
pub(crate) fn parent(name: &[u8]) -> Option<&[u8]> {
    let cut = name.iter().rposition(|&b| b == b'/')?;
    match &name[..cut] {
        b"." => None,
        p => Some(p),
    }
}
