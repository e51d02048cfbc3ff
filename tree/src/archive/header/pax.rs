//! pax extended header records: `"%d %s=%s\n"`, the length counting the whole record and
//! the value raw bytes (xattr values may hold any byte, newlines included).

/// One record: keyword and value.
pub(crate) type Record = (Vec<u8>, Vec<u8>);

/// The records of an extended header's data, in order.
pub(crate) fn records(data: &[u8]) -> Result<Vec<Record>, String> {
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        if rest.iter().all(|&b| b == 0) {
            break; // some writers pad the data with NULs
        }
        let (record, tail) = split_record(rest)?;
        let eq = record
            .iter()
            .position(|&b| b == b'=')
            .ok_or_else(|| bad(record, "has no `=`"))?;
        out.push((record[..eq].to_vec(), record[eq + 1..].to_vec()));
        rest = tail;
    }
    Ok(out)
}

/// The keyword=value bytes of the first record, and the records after it.
fn split_record(data: &[u8]) -> Result<(&[u8], &[u8]), String> {
    let space = data
        .iter()
        .take(20)
        .position(|&b| b == b' ')
        .ok_or_else(|| bad(data, "has no length"))?;
    let len = super::decimal(&data[..space]).map_err(|e| bad(data, &e))?;
    let len = usize::try_from(len).unwrap_or(usize::MAX);
    if len <= space + 1 || len > data.len() || data[len - 1] != b'\n' {
        return Err(bad(data, "has a length that does not end at a newline"));
    }
    Ok((&data[space + 1..len - 1], &data[len..]))
}

fn bad(record: &[u8], why: &str) -> String {
    let head = &record[..record.len().min(40)];
    format!("pax record {:?} {why}", String::from_utf8_lossy(head))
}

#[cfg(test)]
mod tests;
