//! libarchive's xattr records, `LIBARCHIVE.xattr.NAME=VALUE`: the name %-encoded (RFC 3986
//! percent-encoding) and the value base64 (RFC 4648, padding optional).

/// `user.a%3Db` → `user.a=b`.
pub(crate) fn unpercent(name: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(name.len());
    let mut i = 0;
    while i < name.len() {
        if name[i] != b'%' {
            out.push(name[i]);
            i += 1;
            continue;
        }
        let hex = name
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
        out.push(byte.ok_or_else(|| {
            format!(
                "xattr name {:?} has a bad %-escape",
                String::from_utf8_lossy(name)
            )
        })?);
        i += 3;
    }
    Ok(out)
}

/// Decodes base64 text; `=` padding and line breaks are ignored.
pub(crate) fn base64(text: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in text.iter().filter(|c| !matches!(c, b'=' | b'\n' | b'\r')) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("xattr value has a non-base64 byte {c:#04x}")),
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
