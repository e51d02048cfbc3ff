//! Rock Ridge (RRIP 1.12 §4.1) as our writer emits it: PX (mode, links, owner, serial), PN
//! (device), SL (symlink target), NM (name), TF (times), and deep-directory relocation
//! (CL, PL, RE; see `relocation`).
use super::super::both_endian::Field;
use super::super::datetime::modify_time;
use super::susp::Entry;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// What Rock Ridge says about one record.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rr {
    /// `st_mode`, `st_nlink`, `st_uid`, `st_gid`, `st_ino` (PX).
    pub px: Option<[u32; 5]>,
    /// Device number as PN's high and low words.
    pub rdev: Option<(u32, u32)>,
    /// Symlink target (SL components joined).
    pub target: Option<Vec<u8>>,
    /// The POSIX name (NM pieces joined).
    pub name: Option<Vec<u8>>,
    /// Modification time in Unix seconds (TF).
    pub mtime: Option<i64>,
    /// An ER entry announcing RRIP (in the root's "." record).
    pub er: bool,
    /// RE: a relocated directory's record, hidden from the POSIX hierarchy.
    pub relocated: bool,
    /// CL: this placeholder stands for the directory at this block.
    pub child_link: Option<u32>,
    /// PL: in a relocated directory's "..", the block of its POSIX parent.
    pub parent_link: Option<u32>,
    /// The last SL component goes on in the next SL entry.
    pub sl_continue: bool,
}

/// Decodes the Rock Ridge entries among `entries`.
pub(crate) fn decode(entries: &[Entry]) -> Result<Rr> {
    let mut rr = Rr::default();
    for e in entries {
        let f = Field {
            b: &e.data,
            base: e.at + 4,
        };
        match &e.sig {
            b"PX" => {
                let ino = if e.data.len() >= 40 {
                    f.both32(32, "PX serial")?
                } else {
                    0
                };
                let w = |i: usize, what| f.both32(8 * i, what);
                rr.px = Some([
                    w(0, "PX mode")?,
                    w(1, "PX links")?,
                    w(2, "PX uid")?,
                    w(3, "PX gid")?,
                    ino,
                ]);
            }
            b"PN" => rr.rdev = Some((f.both32(0, "PN high")?, f.both32(8, "PN low")?)),
            b"NM" => name(&mut rr, &e.data, e.at)?,
            b"SL" => super::rrip_sl::symlink(&mut rr, &e.data, e.at)?,
            b"TF" => rr.mtime = modify_time(&e.data, e.at)?,
            b"ER" => rr.er |= er_is_rrip(&e.data),
            b"RE" => rr.relocated = true,
            b"CL" => rr.child_link = Some(f.both32(0, "CL location")?),
            b"PL" => rr.parent_link = Some(f.both32(0, "PL location")?),
            _ => {}
        }
    }
    Ok(rr)
}

/// NM: flags (CONTINUE 1, CURRENT 2, PARENT 4), then name bytes.
fn name(rr: &mut Rr, data: &[u8], at: u64) -> Result<()> {
    let Some((&flags, bytes)) = data.split_first() else {
        return Err(corrupt(at, "empty NM entry"));
    };
    if flags & 0x06 == 0 {
        rr.name.get_or_insert_default().extend_from_slice(bytes);
    }
    Ok(())
}

/// ER: identifier length, descriptor length, source length, version, then the identifier.
fn er_is_rrip(data: &[u8]) -> bool {
    let id = data.get(4..4 + usize::from(*data.first().unwrap_or(&0)));
    matches!(id, Some(b"RRIP_1991A" | b"IEEE_P1282" | b"IEEE_1282"))
}
