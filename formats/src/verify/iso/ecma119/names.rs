//! Names of directory records: the Rock Ridge NM name, the Joliet UCS-2 identifier, or the
//! ISO 9660 identifier without its ";1" version and trailing dot (ECMA-119 §7.5).
use super::super::rrip::Rr;
use super::dir_record::DirRecord;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// How a hierarchy names its entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Names {
    /// The primary hierarchy read with Rock Ridge.
    RockRidge,
    /// The Joliet hierarchy (UCS-2 big-endian identifiers).
    Joliet,
}

/// The name of record `r`, checked: not empty, no `/` or NUL, not "." or "..".
pub(crate) fn name_of(r: &DirRecord, rr: &Rr, names: Names) -> Result<Vec<u8>> {
    let name = match (names, &rr.name) {
        (Names::RockRidge, Some(nm)) => nm.clone(),
        (Names::RockRidge, None) => plain(&r.name),
        (Names::Joliet, _) => {
            let units = r
                .name
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]));
            let name = char::decode_utf16(units).collect::<Result<String, _>>();
            let name = name.map_err(|_| corrupt(r.at + 33, "Joliet name is not UCS-2"))?;
            plain(name.as_bytes())
        }
    };
    let bad = name.is_empty() || name == b"." || name == b"..";
    if bad || name.iter().any(|&b| b == b'/' || b == 0) {
        let msg = format!(
            "name {:?} cannot be a path component",
            String::from_utf8_lossy(&name)
        );
        return Err(corrupt(r.at + 33, msg));
    }
    Ok(name)
}

/// An identifier without ";version" and the dot before an empty extension.
fn plain(id: &[u8]) -> Vec<u8> {
    let base = match id.iter().rposition(|&b| b == b';') {
        Some(i) => &id[..i],
        None => id,
    };
    base.strip_suffix(b".").unwrap_or(base).to_vec()
}
