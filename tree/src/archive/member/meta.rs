//! A member's owner, permissions and time: the header's fields unless pax records say
//! otherwise; ids must fit in 32 bits, times may be negative (base-256).
use super::pax_keys::Pax;
use crate::archive::header::Block;
use crate::meta::{Meta, Time};

/// The metadata of the member whose header is `block`.
pub(super) fn meta(block: &Block, pax: &Pax) -> Result<Meta, String> {
    let id = |over: Option<u64>, at: usize, what: &str| -> Result<u32, String> {
        let n = over.map_or_else(|| block.num(at, 8, what), |n| Ok(i128::from(n)))?;
        u32::try_from(n).map_err(|_| format!("{what} {n} does not fit in 32 bits"))
    };
    let mtime = match pax.mtime {
        Some(t) => t,
        None => {
            let sec = block.num(136, 12, "mtime")?;
            let sec = i64::try_from(sec).map_err(|_| format!("mtime {sec} out of range"))?;
            Time { sec, nsec: 0 }
        }
    };
    let mode = (block.num(100, 8, "mode")? & 0o7777) as u32;
    let (uid, gid) = (id(pax.uid, 108, "uid")?, id(pax.gid, 116, "gid")?);
    Ok(Meta {
        mode,
        uid,
        gid,
        mtime,
    })
}
