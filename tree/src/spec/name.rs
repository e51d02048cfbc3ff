//! Normalises a path written in a spec line into an image path.

/// Longest name component Linux accepts (`NAME_MAX`).
const NAME_MAX: usize = 255;

/// Turns `/dev/console` (or `dev/console`, `./dev//console`) into `dev/console`; `/` becomes
/// the empty path (the root). Refuses `..`, control bytes and over-long components.
pub(crate) fn normalize(name: &[u8]) -> Result<Vec<u8>, String> {
    if let Some(&b) = name.iter().find(|b| b.is_ascii_control()) {
        return Err(format!(
            "name {} contains control byte {b:#04x} (newline, NUL and the like cannot be archived from a spec)",
            show(name)
        ));
    }
    let mut out: Vec<u8> = Vec::with_capacity(name.len());
    for part in name.split(|&b| b == b'/') {
        match part {
            b"" | b"." => continue,
            b".." => return Err(format!("name {} is outside the archive", show(name))),
            _ if part.len() > NAME_MAX => {
                return Err(format!(
                    "name {} has a component over {NAME_MAX} bytes",
                    show(name)
                ));
            }
            _ => {}
        }
        if !out.is_empty() {
            out.push(b'/');
        }
        out.extend_from_slice(part);
    }
    Ok(out)
}

pub(crate) use crate::place::show;

#[cfg(test)]
mod tests;
