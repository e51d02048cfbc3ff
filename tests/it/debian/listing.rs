//! Every entry of a tree in a handful of processes (one per entry is minutes under TCG): GNU
//! `find -printf` for type, mode, owners, size, mtime, target, links and inode, `stat` for
//! device numbers, `sha256sum` for contents, `getfattr -R` for every attribute (ACLs and
//! capabilities included). The same script runs on the host and in the guest (GNU tools at
//! their host paths in both); `normalize` turns its output into sorted, comparable lines.
use std::collections::BTreeMap;

/// The GNU tools the script runs, by absolute path (the guest's PATH starts with busybox).
pub const TOOLS: [(&str, &str); 4] = [
    ("/usr/bin/find", "findutils"),
    ("/usr/bin/stat", "coreutils"),
    ("/usr/bin/sha256sum", "coreutils"),
    ("/usr/bin/getfattr", "attr"),
];

/// The listing of the tree at `dir`, on stdout.
pub fn script(dir: &str) -> String {
    format!(
        r"cd {dir} || exit 97
/usr/bin/find . -printf 'E|%p|%y|%m|%U|%G|%s|%T@|%l|%n|%i\n'
/usr/bin/find . \( -type b -o -type c \) -exec /usr/bin/stat -c 'D|%n|%t:%T' {{}} +
/usr/bin/find . -type f -exec /usr/bin/sha256sum {{}} + | sed 's/^/H|/'
/usr/bin/getfattr -R -P -h -d -m - -e hex . | sed 's/^/X|/'
"
    )
}

/// The script's output as sorted lines: directory sizes (a file system's own business) are
/// dropped, and inode numbers become the first name of their hard-link group.
pub fn normalize(raw: &str) -> Vec<String> {
    let mut first: BTreeMap<&str, &str> = BTreeMap::new();
    let entries: Vec<Vec<&str>> = raw
        .lines()
        .filter_map(|l| l.strip_prefix("E|"))
        .map(|l| l.split('|').collect())
        .collect();
    for e in entries.iter().filter(|e| e.len() == 10 && e[1] != "d") {
        let name = first.entry(e[9]).or_insert(e[0]);
        *name = (*name).min(e[0]);
    }
    let mut lines: Vec<String> = entries.iter().map(|e| entry(e, &first)).collect();
    let mut file = String::new();
    for line in raw.lines() {
        if let Some(x) = line.strip_prefix("X|") {
            match x.strip_prefix("# file: ") {
                Some(name) => file = name.to_owned(),
                None if !x.is_empty() => lines.push(format!("X|{file}|{x}")),
                None => {}
            }
        } else if line.starts_with("D|") || line.starts_with("H|") {
            lines.push(line.to_owned());
        }
    }
    lines.sort();
    lines
}

/// One `E|` line with its size and inode normalized.
fn entry(e: &[&str], first: &BTreeMap<&str, &str>) -> String {
    assert_eq!(e.len(), 10, "a name with '|' in it: {e:?}");
    let dir = e[1] == "d";
    let size = if dir { "-" } else { e[5] };
    let group = if dir { "-" } else { first[e[9]] };
    let (p, y, m, u, g, t, l, n) = (e[0], e[1], e[2], e[3], e[4], e[6], e[7], e[8]);
    format!("E|{p}|{y}|{m}|{u}|{g}|{size}|{t}|{l}|{n}|{group}")
}
