//! SL (RRIP 1.12 §4.1.3): a symlink target as components, each with flags (CONTINUE 1,
//! CURRENT 2, PARENT 4, ROOT 8); an entry's own CONTINUE flag says the next SL goes on.
use super::rrip::Rr;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// Adds the components of one SL entry's `data` to `rr.target`.
pub(crate) fn symlink(rr: &mut Rr, data: &[u8], at: u64) -> Result<()> {
    let Some((_, mut rest)) = data.split_first() else {
        return Err(corrupt(at, "empty SL entry"));
    };
    // A component that ended with CONTINUE joins the next one without a slash.
    let mut joined = rr.sl_continue;
    let target = rr.target.get_or_insert_default();
    while let [flags, len, tail @ ..] = rest {
        let len = usize::from(*len);
        let Some(content) = tail.get(..len) else {
            return Err(corrupt(at, "SL component runs past its entry"));
        };
        if !target.is_empty() && !joined && target.last() != Some(&b'/') {
            target.push(b'/');
        }
        match flags & 0xfe {
            0 => target.extend_from_slice(content),
            0x02 => target.push(b'.'),
            0x04 => target.extend_from_slice(b".."),
            0x08 => target.push(b'/'),
            _ => return Err(corrupt(at, format!("SL component flags {flags:#04x}"))),
        }
        joined = flags & 0x01 != 0;
        rest = &tail[len..];
    }
    rr.sl_continue = joined;
    Ok(())
}

#[cfg(test)]
mod tests;
