//! A member's name as an image path: `./` and `//` dropped, trailing `/` ignored; a name
//! that would leave the root, or a component Linux could not create, is refused.

/// Longest name component Linux accepts (`NAME_MAX`).
const NAME_MAX: usize = 255;

/// `./usr//bin/` → `usr/bin`; `.` and `./` are the root (empty). Any byte but NUL is allowed.
pub(crate) fn normalize(name: &[u8]) -> Result<Vec<u8>, String> {
    if name.first() == Some(&b'/') {
        return Err("the name is absolute, so the member would escape the root".into());
    }
    let mut out: Vec<u8> = Vec::with_capacity(name.len());
    for part in name.split(|&b| b == b'/') {
        match part {
            b"" | b"." => continue,
            b".." => {
                return Err(
                    "the name has a `..` component, so the member would escape the root".into(),
                );
            }
            _ if part.len() > NAME_MAX => {
                let len = part.len();
                return Err(format!(
                    "a name component is {len} bytes; Linux allows at most {NAME_MAX}"
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

#[cfg(test)]
mod tests;
