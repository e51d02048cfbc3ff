//! zdb's way of printing DSL bonus fields (cmd/zdb/zdb.c `dump_dsl_dir`, `dump_dsl_dataset`,
//! `dump_bpobj`): `key = value` lines, byte counts through `zfs_nicenum`, times through `ctime`.
use std::collections::BTreeMap;

/// The `key = value` lines of a `tests/data/dsl/zdb-N.txt` excerpt.
pub fn fields(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| l.starts_with("\t\t"))
        .filter_map(|l| l.trim().split_once(" = "))
        .map(|(k, v)| (k.to_string(), v.trim_end().to_string()))
        .collect()
}

/// `zfs_nicenum_format(…, ZFS_NICENUM_1024)` (module/zcommon/zfs_comutil.c): exact multiples
/// of a unit print as integers, others with the most decimals (≤ 2) that fit 5 characters.
pub fn nicenum(num: u64) -> String {
    const UNITS: [&str; 7] = ["", "K", "M", "G", "T", "P", "E"];
    let (mut n, mut index) = (num, 0);
    while n >= 1024 && index < UNITS.len() - 1 {
        n /= 1024;
        index += 1;
    }
    let unit = 1u64 << (10 * index);
    if index == 0 || num.is_multiple_of(unit) {
        return format!("{n}{}", UNITS[index]);
    }
    let value = num as f64 / unit as f64;
    (0..=2)
        .rev()
        .map(|decimals| format!("{value:.decimals$}{}", UNITS[index]))
        .find(|s| s.len() <= 5)
        .unwrap_or_else(|| format!("{value:.0}{}", UNITS[index]))
}

/// `ctime(3)` in UTC without the newline: "Wed Nov 25 20:02:12 2026".
pub fn ctime(secs: u64) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (days, rem) = (secs / 86400, secs % 86400);
    let (y, m, d) = civil_from_days(days as i64);
    let (h, min, s) = (rem / 3600, rem / 60 % 60, rem % 60);
    let wd = DAYS[(days % 7) as usize];
    format!(
        "{wd} {} {d:2} {h:02}:{min:02}:{s:02} {y}",
        MONTHS[m as usize - 1]
    )
}

/// Proleptic Gregorian (year, month, day) of a day count since 1970-01-01 (H. Hinnant).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[test]
fn helpers_print_like_zdb() {
    assert_eq!(ctime(1_795_636_932), "Wed Nov 25 20:02:12 2026");
    assert_eq!(ctime(0), "Thu Jan  1 00:00:00 1970");
    let cases = [
        (0, "0"),
        (139_264, "136K"),
        (45_568, "44.5K"),
        (3_047_424, "2.91M"),
    ];
    for (n, text) in cases {
        assert_eq!(nicenum(n), text);
    }
}
