//! What a member's pax records (global ones first, then its own) say, keyword by keyword.
//! A record with an empty value cancels the keyword (POSIX `pax` "extended header").
use std::collections::BTreeMap;

use super::libarchive::{base64, unpercent};
use super::time::pax_time;
use crate::archive::header::decimal;
use crate::meta::Time;

/// Values the records give; `None` leaves the header's field in force.
#[derive(Debug, Default)]
pub(crate) struct Pax {
    pub path: Option<Vec<u8>>,
    pub linkpath: Option<Vec<u8>>,
    pub size: Option<u64>,
    pub uid: Option<u64>,
    pub gid: Option<u64>,
    pub mtime: Option<Time>,
    pub dev: [Option<u64>; 2],
    pub xattrs: BTreeMap<Vec<u8>, Vec<u8>>,
    /// `SCHILY.acl.access` and `SCHILY.acl.default` text.
    pub acls: [Option<Vec<u8>>; 2],
    pub sparse: SparseKeys,
}

/// The `GNU.sparse.*` keywords (GNU tar manual, "Storing Sparse Files").
#[derive(Debug, Default)]
pub(crate) struct SparseKeys {
    pub major: Option<u64>,
    pub name: Option<Vec<u8>>,
    pub realsize: Option<u64>,
    /// Offset, length, offset, length… from 0.0 pairs or the 0.1 map.
    pub map: Vec<u64>,
    pub any: bool,
}

impl Pax {
    /// Applies one record.
    pub fn apply(&mut self, key: &[u8], value: &[u8]) -> Result<(), String> {
        let v = || (!value.is_empty()).then(|| value.to_vec());
        let num = || -> Result<Option<u64>, String> {
            let shown = String::from_utf8_lossy(key);
            let n = v().map(|t| decimal(&t).map_err(|e| format!("pax {shown}: {e}")));
            n.transpose()
        };
        match key {
            b"path" => self.path = v(),
            b"linkpath" => self.linkpath = v(),
            b"size" => self.size = num()?,
            b"uid" => self.uid = num()?,
            b"gid" => self.gid = num()?,
            b"mtime" => self.mtime = v().map(|t| pax_time(&t)).transpose()?,
            b"SCHILY.devmajor" => self.dev[0] = num()?,
            b"SCHILY.devminor" => self.dev[1] = num()?,
            b"SCHILY.acl.access" => self.acls[0] = v(),
            b"SCHILY.acl.default" => self.acls[1] = v(),
            // An empty value is an empty attribute, not a cancelled one.
            _ if key.starts_with(b"SCHILY.xattr.") => {
                self.xattrs.insert(key[13..].to_vec(), value.to_vec());
            }
            _ if key.starts_with(b"LIBARCHIVE.xattr.") => {
                self.xattrs.insert(unpercent(&key[17..])?, base64(value)?);
            }
            _ if key.starts_with(b"GNU.sparse.") => self.sparse(&key[11..], value)?,
            _ => {}
        }
        Ok(())
    }

    fn sparse(&mut self, key: &[u8], value: &[u8]) -> Result<(), String> {
        let s = &mut self.sparse;
        s.any = true;
        let num = || decimal(value).map_err(|e| format!("pax GNU.sparse.*: {e}"));
        match key {
            b"major" => s.major = Some(num()?),
            b"name" => s.name = Some(value.to_vec()),
            b"realsize" | b"size" => s.realsize = Some(num()?),
            b"offset" | b"numbytes" => s.map.push(num()?),
            b"map" if !value.is_empty() => {
                let items = value.split(|&b| b == b',');
                s.map = items.map(decimal).collect::<Result<_, _>>()?;
            }
            _ => {}
        }
        Ok(())
    }
}
