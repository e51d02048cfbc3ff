//! Numeric header fields: octal text (v7, ustar) or GNU base-256 (binary, two's complement,
//! marked by the top bit of the first byte), and pax decimal values.

/// The value of a numeric field: octal digits after optional spaces, ended by a space, a NUL
/// or the field's end (an empty field is 0); or base-256 when the first byte has its top bit set.
pub(crate) fn number(field: &[u8]) -> Result<i128, String> {
    match field.first() {
        Some(&b) if b & 0x80 != 0 => Ok(base256(field)),
        _ => octal(field),
    }
}

fn octal(field: &[u8]) -> Result<i128, String> {
    let text = field.iter().skip_while(|&&b| b == b' ');
    let mut value: i128 = 0;
    for &b in text.take_while(|&&b| b != b' ' && b != 0) {
        if !(b'0'..=b'7').contains(&b) {
            let shown = String::from_utf8_lossy(field);
            return Err(format!("numeric field {shown:?} is not octal"));
        }
        value = value * 8 + i128::from(b - b'0');
    }
    Ok(value)
}

/// Two's complement over the whole field, the marker bit removed: byte 0 is `0x80` for a
/// positive value and `0xff` for a negative one (GNU tar `from_header`).
fn base256(field: &[u8]) -> i128 {
    let first = field[0] & 0x7f;
    // Bit 6 is the sign of the 7-bit first byte; sign-extend it to 8 bits.
    let first = first | ((first & 0x40) << 1);
    let mut value = i128::from(first as i8);
    for &b in &field[1..] {
        value = (value << 8) | i128::from(b);
    }
    value
}

/// A pax decimal value (`size`, `uid`, `GNU.sparse.offset`…): digits only.
pub(crate) fn decimal(text: &[u8]) -> Result<u64, String> {
    let shown = || {
        format!(
            "{:?} is not a decimal number",
            String::from_utf8_lossy(text)
        )
    };
    if text.is_empty() || !text.iter().all(u8::is_ascii_digit) {
        return Err(shown());
    }
    let mut value: u64 = 0;
    for &b in text {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b - b'0')))
            .ok_or_else(shown)?;
    }
    Ok(value)
}

#[cfg(test)]
mod tests;
