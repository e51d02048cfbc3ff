//! The volume identifier: ECMA-119 §7.4.1 d-characters (A–Z, 0–9, `_`), at most 32; its
//! first 11 are the ESP's FAT label, which d-characters always make valid (FAT forbids lower
//! case and `"*+,./:;<=>?[\]|` in a label).
use crate::error::{Error, Result};

/// Checks `id` before anything is written.
pub fn check_volume_id(id: &str) -> Result<()> {
    let bad = |why: String| {
        Err(Error::VolumeId {
            id: id.to_owned(),
            why,
        })
    };
    if id.is_empty() || id.len() > 32 {
        return bad(format!(
            "it is {} characters; ECMA-119 takes 1 to 32",
            id.len()
        ));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !matches!(c, 'A'..='Z' | '0'..='9' | '_'))
    {
        return bad(format!("{c:?} is not a d-character (A–Z, 0–9, _)"));
    }
    Ok(())
}
