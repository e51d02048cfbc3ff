//! Whether a decoded value is what zdb printed. zdb prints directory entries as
//! `<object> (type: <dirent type>)` (the value is `object | type << 60`, include/sys/zfs_znode.h
//! `ZFS_DIRENT_MAKE`), SA registrations as ` <hex> : [..]`, SA layouts as `[ a b … ]`, other
//! `uint64`s in decimal, strings as text (stored with their NUL) and other bytes as hex.
use super::decode::Value;

/// Linux `DT_*` codes under zdb's names for them.
const DIRENT_TYPES: [(&str, u64); 7] = [
    ("FIFO", 1),
    ("Character Device", 2),
    ("Directory", 4),
    ("Block Device", 6),
    ("Regular File", 8),
    ("Symbolic Link", 10),
    ("Socket", 12),
];

/// Whether `value` prints as `text`.
pub fn matches(text: &str, value: &Value) -> bool {
    match value.intlen {
        8 => value.ints == [expected_u64(text)],
        2 => value.ints == expected_list(text),
        1 => {
            let bytes: Vec<u8> = value.ints.iter().map(|&b| b as u8).collect();
            let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            hex == text || bytes.strip_suffix(&[0]) == Some(text.as_bytes())
        }
        other => panic!("no zdb format known for {other}-byte integers"),
    }
}

/// One `uint64` as zdb printed it.
fn expected_u64(text: &str) -> u64 {
    if let Some((obj, kind)) = text.split_once(" (type: ") {
        let kind = kind.strip_suffix(')').unwrap();
        let code = DIRENT_TYPES.iter().find(|(n, _)| *n == kind).expect(kind).1;
        return obj.parse::<u64>().unwrap() | code << 60;
    }
    if let Some((hex, _)) = text.split_once(" : [") {
        return u64::from_str_radix(hex.trim(), 16).unwrap();
    }
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {text:?}"))
}

/// `[ a b c ]` as numbers.
fn expected_list(text: &str) -> Vec<u64> {
    let inner = text
        .trim()
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .unwrap();
    inner
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}
