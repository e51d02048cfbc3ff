//! Image paths: the components of a name joined by `/`, with no empty, `.` or `..` component
//! and none longer than Linux allows. Spec lines and archive members word their refusals
//! differently; the rule is this one.

/// Longest name component Linux accepts (`NAME_MAX`).
pub(crate) const NAME_MAX: usize = 255;

/// Why a name is not an image path.
pub(crate) enum PathRule {
    /// A `..` component.
    DotDot,
    /// A component of this many bytes, over [`NAME_MAX`].
    TooLong(usize),
}

/// `./usr//bin/` → `usr/bin`; `.`, `./` and `/` are the root (empty).
pub(crate) fn components(name: &[u8]) -> Result<Vec<u8>, PathRule> {
    let mut out: Vec<u8> = Vec::with_capacity(name.len());
    for part in name.split(|&b| b == b'/') {
        match part {
            b"" | b"." => continue,
            b".." => return Err(PathRule::DotDot),
            _ if part.len() > NAME_MAX => return Err(PathRule::TooLong(part.len())),
            _ => {}
        }
        if !out.is_empty() {
            out.push(b'/');
        }
        out.extend_from_slice(part);
    }
    Ok(out)
}
