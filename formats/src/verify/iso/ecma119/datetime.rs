//! ECMA-119 dates as Unix seconds: the 7-byte form of directory records and TF (§9.1.5) and
//! the 17-byte digit form (§8.4.26.1). The last byte is the offset from GMT in 15 minutes.
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// The 7-byte form: years since 1900, month, day, hour, minute, second, GMT offset.
pub(crate) fn short_form(t: &[u8]) -> std::result::Result<i64, String> {
    let [y, mo, d, h, mi, s, off] = t.try_into().map_err(|_| "not 7 bytes".to_string())?;
    unix(
        1900 + i64::from(y),
        [mo, d, h, mi, s].map(i64::from),
        off as i8,
    )
}

/// The 17-byte form: "YYYYMMDDHHMMSScc" digits and a GMT offset.
fn long_form(t: &[u8]) -> std::result::Result<i64, String> {
    let digits = |r: std::ops::Range<usize>| -> std::result::Result<i64, String> {
        let s = std::str::from_utf8(&t[r]).map_err(|e| e.to_string())?;
        s.parse::<i64>().map_err(|_| format!("{s:?} is not digits"))
    };
    let fields = [
        digits(4..6)?,
        digits(6..8)?,
        digits(8..10)?,
        digits(10..12)?,
        digits(12..14)?,
    ];
    digits(14..16)?;
    unix(digits(0..4)?, fields, t[16] as i8)
}

/// TF: flags say which times follow, in order; MODIFY is bit 1, LONG_FORM bit 7.
pub(crate) fn modify_time(data: &[u8], at: u64) -> Result<Option<i64>> {
    let Some((&flags, times)) = data.split_first() else {
        return Err(corrupt(at, "empty TF entry"));
    };
    if flags & 0x02 == 0 {
        return Ok(None);
    }
    let size = if flags & 0x80 != 0 { 17 } else { 7 };
    let start = usize::from(flags & 0x01 != 0) * size;
    let Some(t) = times.get(start..start + size) else {
        return Err(corrupt(at, "TF entry shorter than its flags say"));
    };
    let decoded = if size == 17 {
        long_form(t)
    } else {
        short_form(t)
    };
    decoded
        .map(Some)
        .map_err(|what| corrupt(at, format!("TF modify time: {what}")))
}

fn unix(year: i64, [mo, d, h, mi, s]: [i64; 5], off: i8) -> std::result::Result<i64, String> {
    let valid = (1..=12).contains(&mo) && (1..=31).contains(&d) && h < 24 && mi < 60 && s < 60;
    if !valid || !(-48..=52).contains(&off) {
        return Err(format!(
            "{year}-{mo}-{d} {h}:{mi}:{s} offset {off} is not a date"
        ));
    }
    let days = days_from_civil(year, mo, d);
    Ok(days * 86_400 + h * 3600 + mi * 60 + s - i64::from(off) * 900)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests;
