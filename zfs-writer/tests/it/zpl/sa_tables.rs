//! The SA registry and layouts ZAPs against the reference pool's (as zdb decoded them).
use zfs_writer::zpl::{sa_layouts, sa_registry};

use super::fixtures::data;

/// zdb's "name = value" lines of object `object` between the ZAP header and the blocks.
fn zdb_entries(object: u64) -> Vec<(String, String)> {
    let zdb = String::from_utf8(data(&format!("zdb-{object}.txt"))).unwrap();
    let lines = zdb
        .lines()
        .filter_map(|l| l.strip_prefix("\t\t")?.split_once(" = "));
    lines
        .map(|(n, v)| (n.to_string(), v.trim().to_string()))
        .collect()
}

/// zdb's registry value "8000009 : [8:0:9]": the hex word before the decoding.
fn registry_word(v: &str) -> u64 {
    u64::from_str_radix(v.split(' ').next().unwrap(), 16).unwrap()
}

/// zdb's layout value "[ 5  6  4 ]": the attribute numbers.
fn layout_attrs(v: &str) -> Vec<u16> {
    let inner = v.trim_matches(['[', ']', ' ']);
    inner
        .split_whitespace()
        .map(|a| a.parse().unwrap())
        .collect()
}

#[test]
fn registry_is_openzfs_zfs_attr_table() {
    let entries = zdb_entries(35)
        .into_iter()
        .filter(|(n, _)| n.starts_with("ZPL_"));
    let mut theirs: Vec<(String, u64)> = entries.map(|(n, v)| (n, registry_word(&v))).collect();
    let mut ours = sa_registry();
    assert_eq!(ours.len(), 22);
    assert_eq!(ours[21], ("ZPL_PROJID".to_string(), 0x800_0015));
    ours.sort();
    theirs.sort();
    assert_eq!(ours, theirs);
}

#[test]
fn layouts_are_the_reference_pools() {
    let entries = zdb_entries(36)
        .into_iter()
        .filter(|(_, v)| v.starts_with('['));
    let mut theirs: Vec<(String, Vec<u16>)> = entries.map(|(n, v)| (n, layout_attrs(&v))).collect();
    theirs.sort();
    assert_eq!(sa_layouts(&[2, 3, 4, 5]), theirs);
    assert_eq!(theirs[0].1, [5, 6, 4, 12, 13, 7, 11, 0, 1, 2, 3, 8, 16, 19]);
}

#[test]
fn layouts_are_listed_without_gaps() {
    let numbers = |used: &[u16]| {
        sa_layouts(used)
            .into_iter()
            .map(|l| l.0)
            .collect::<Vec<_>>()
    };
    assert_eq!(numbers(&[2]), ["2"]);
    assert_eq!(numbers(&[2, 5]), ["2", "3", "4", "5"]);
    assert!(numbers(&[]).is_empty());
}
