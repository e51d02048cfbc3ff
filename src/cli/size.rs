//! Sizes such as `500M`, and `auto`.

/// `--size` or `[pool] size`: a byte count, or `auto`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// This many bytes.
    Bytes(u64),
    /// What the tree needs (a dry run's upper bound) plus headroom.
    Auto,
}

/// `auto`, or a size as `parse_size` reads it.
pub fn parse_size_or_auto(text: &str) -> Result<Size, String> {
    match text.trim() {
        "auto" => Ok(Size::Auto),
        _ => parse_size(text).map(Size::Bytes),
    }
}

/// `500M` → 524288000.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, shift) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 10),
        Some('M') => (&t[..t.len() - 1], 20),
        Some('G') => (&t[..t.len() - 1], 30),
        Some('T') => (&t[..t.len() - 1], 40),
        _ => (t, 0),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} is not a size such as 500M"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("{text:?} is too large"))
}
