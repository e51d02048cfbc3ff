//! The guest side: a busybox script that lists every entry, and the parser for its output.
use std::collections::BTreeMap;

use super::{Manifest, Record};

/// Lists every entry under the current directory but the kit's own (`./kit`, `./init`), one
/// `ENTRY|…` line each: hex path, raw mode (hex), uid, gid, size, links, mtime, major, minor
/// (hex), inode, extra.
const LIST: &str = r#"find . | while IFS= read -r p; do
  case "$p" in .|./kit|./kit/*|./init) continue;; esac
  s=$(stat -c '%f|%u|%g|%s|%h|%Y|%t|%T|%i' "$p")
  x=
  if [ -L "$p" ]; then x=$(readlink "$p"); elif [ -f "$p" ]; then x=$(sha256sum "$p" | cut -d' ' -f1); fi
  h=$(printf '%s' "${p#./}" | od -An -v -tx1 | tr -d ' \n')
  echo "ENTRY|$h|$s|$x"
done
"#;

/// The listing script run in `dir`.
pub fn script_at(dir: &str) -> String {
    format!("cd {dir} || exit 97\n{LIST}")
}

/// Parses the `ENTRY|…` lines of [`script_at`]'s output into records.
pub fn parse(output: &str) -> Manifest {
    let mut out = Manifest::new();
    let mut inodes: BTreeMap<u64, Vec<Vec<u8>>> = BTreeMap::new();
    for line in output.lines().filter_map(|l| l.strip_prefix("ENTRY|")) {
        let (path, ino, record) = parse_line(line);
        if record.kind != 'd' && record.nlink > 1 {
            inodes.entry(ino).or_default().push(path.clone());
        }
        out.insert(path, record);
    }
    set_groups(&mut out, inodes);
    out
}

fn parse_line(line: &str) -> (Vec<u8>, u64, Record) {
    let f: Vec<&str> = line.splitn(11, '|').collect();
    assert_eq!(f.len(), 11, "malformed listing line {line:?}");
    let raw = u32::from_str_radix(f[1], 16).unwrap();
    let num = |i: usize| f[i].parse::<u64>().unwrap();
    let hex = |i: usize| u64::from_str_radix(f[i], 16).unwrap();
    let kind = kind_of(raw);
    let extra = match kind {
        'c' | 'b' => format!("{}:{}", hex(7), hex(8)),
        _ => f[10].to_owned(),
    };
    let size = (kind == 'f' || kind == 'l').then_some(num(4));
    let (uid, gid, nlink, mtime) = (num(2) as u32, num(3) as u32, num(5), num(6) as i64);
    let record = Record {
        kind,
        mode: raw & 0o7777,
        uid,
        gid,
        size,
        nlink,
        mtime,
        extra,
        group: None,
    };
    (unhex(f[0]), num(9), record)
}

/// Marks every name of a multi-name inode with the inode's first name.
pub fn set_groups(m: &mut Manifest, inodes: BTreeMap<u64, Vec<Vec<u8>>>) {
    for mut names in inodes.into_values().filter(|n| n.len() > 1) {
        names.sort();
        for name in &names {
            m.get_mut(name).unwrap().group = Some(names[0].clone());
        }
    }
}

fn kind_of(raw_mode: u32) -> char {
    match raw_mode & 0o170_000 {
        0o040_000 => 'd',
        0o100_000 => 'f',
        0o120_000 => 'l',
        0o010_000 => 'p',
        0o020_000 => 'c',
        0o060_000 => 'b',
        _ => 's',
    }
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}
