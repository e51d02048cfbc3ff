//! A member's name as an image path: `./` and `//` dropped, trailing `/` ignored; a name
//! that would leave the root, or a component Linux could not create, is refused.

use crate::path::{NAME_MAX, PathRule, components};

/// `./usr//bin/` → `usr/bin`; `.` and `./` are the root (empty). Any byte but NUL is allowed.
pub(crate) fn normalize(name: &[u8]) -> Result<Vec<u8>, String> {
    if name.first() == Some(&b'/') {
        return Err("the name is absolute, so the member would escape the root".into());
    }
    components(name).map_err(|rule| match rule {
        PathRule::DotDot => {
            "the name has a `..` component, so the member would escape the root".into()
        }
        PathRule::TooLong(len) => {
            format!("a name component is {len} bytes; Linux allows at most {NAME_MAX}")
        }
    })
}

#[cfg(test)]
mod tests;
