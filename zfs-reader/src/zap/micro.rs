//! `mzap_phys_t`: a 64-byte header, then 64-byte `mzap_ent_phys_t` entries
//! (`mze_value`, `mze_cd`, `mze_pad`, `mze_name[50]`); an empty name is a free entry.
use super::ZapEntry;

/// Every used entry of the micro ZAP block `b`.
pub(super) fn entries(b: &[u8]) -> Vec<ZapEntry> {
    let ents = b.get(64..).unwrap_or_default().chunks_exact(64);
    ents.filter(|e| e[14] != 0)
        .map(|e| {
            let name = &e[14..];
            let len = name.iter().position(|c| *c == 0).unwrap_or(name.len());
            ZapEntry {
                name: name[..len].to_vec(),
                intlen: 8,
                values: vec![u64::from_le_bytes(e[..8].try_into().expect("8 bytes"))],
            }
        })
        .collect()
}
