//! Normalises a path written in a spec line into an image path.

use crate::path::{NAME_MAX, PathRule, components};

/// Turns `/dev/console` (or `dev/console`, `./dev//console`) into `dev/console`; `/` becomes
/// the empty path (the root). Refuses `..`, control bytes and over-long components.
pub(crate) fn normalize(name: &[u8]) -> Result<Vec<u8>, String> {
    if let Some(&b) = name.iter().find(|b| b.is_ascii_control()) {
        return Err(format!(
            "name {} contains control byte {b:#04x} (newline, NUL and the like cannot be archived from a spec)",
            show(name)
        ));
    }
    components(name).map_err(|rule| match rule {
        PathRule::DotDot => format!("name {} is outside the archive", show(name)),
        PathRule::TooLong(_) => {
            format!("name {} has a component over {NAME_MAX} bytes", show(name))
        }
    })
}

pub(crate) use crate::place::show;

#[cfg(test)]
mod tests;
