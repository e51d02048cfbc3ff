//! pax `mtime`: decimal seconds with an optional fraction and sign (`-1.25` is 1.25 s
//! before the epoch), kept to the nanosecond.
use crate::meta::Time;

/// Parses `[-]SECONDS[.FRACTION]`; digits past the ninth fractional one are dropped.
pub(crate) fn pax_time(text: &[u8]) -> Result<Time, String> {
    let bad = || format!("mtime {:?} is not a time", String::from_utf8_lossy(text));
    let (negative, digits) = match text.strip_prefix(b"-") {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, frac) = match digits.iter().position(|&b| b == b'.') {
        Some(dot) => (&digits[..dot], &digits[dot + 1..]),
        None => (digits, &b""[..]),
    };
    let sec = crate::archive::header::decimal(whole).map_err(|_| bad())?;
    let sec = i64::try_from(sec).map_err(|_| bad())?;
    if !frac.iter().all(u8::is_ascii_digit) {
        return Err(bad());
    }
    let mut nsec: u32 = 0;
    for i in 0..9 {
        nsec = nsec * 10 + frac.get(i).map_or(0, |&d| u32::from(d - b'0'));
    }
    Ok(match (negative, nsec) {
        (false, _) => Time { sec, nsec },
        (true, 0) => Time { sec: -sec, nsec: 0 },
        (true, _) => Time {
            sec: -sec - 1,
            nsec: 1_000_000_000 - nsec,
        },
    })
}

#[cfg(test)]
mod tests;
