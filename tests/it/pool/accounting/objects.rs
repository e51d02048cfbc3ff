//! `zdb -e -p DIR -P -dddd DATASET` parsed (cmd/zdb/zdb.c `dump_object`, `dump_znode`,
//! `dump_zap`; -P prints sizes as exact integers): each object's id, allocated bytes (dsize,
//! `DN_USED_BYTES` rounded to sectors, which ours are), dnode flags, SA ids and ZAP entries.
use std::collections::BTreeMap;
use std::path::Path;

use crate::pool::zdb::zdb;

/// One object as zdb printed it.
#[derive(Debug, Default)]
pub struct Object {
    pub id: i64,
    pub dsize: u64,
    pub flags: String,
    /// Has a System-Attributes bonus (a znode).
    pub sa: bool,
    /// `uid`, `gid`, `mode` (octal text), `pflags` (hex text) of a znode.
    pub fields: BTreeMap<String, String>,
    /// `name = value` lines of a ZAP.
    pub zap: BTreeMap<String, String>,
}

impl Object {
    /// A number field of a znode, in `radix`.
    pub fn number(&self, name: &str, radix: u32) -> u64 {
        let text = &self.fields[name];
        u64::from_str_radix(text, radix).unwrap_or_else(|e| panic!("{name} {text}: {e}"))
    }
}

/// Every object of `dataset` in the pool under `dir` (given the pool's name, zdb dumps every
/// object set: the root dataset's section is cut out).
pub fn objects(dir: &Path, dataset: &str) -> Vec<Object> {
    let out = zdb(dir, &["-P", "-dddd", dataset]);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let head = format!("Dataset {dataset} [");
    let text = format!("\n{text}");
    let section = text.split("\nDataset ").find(|s| s.starts_with(&head[8..]));
    let section = section.unwrap_or_else(|| panic!("no {head} in:\n{text}"));
    section
        .split("    Object  lvl")
        .skip(1)
        .map(parse)
        .collect()
}

fn parse(chunk: &str) -> Object {
    let mut lines = chunk.lines().skip(1);
    let head: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    let mut o = Object {
        id: head[0].parse().unwrap(),
        dsize: head[4].parse().unwrap(),
        ..Object::default()
    };
    for line in lines {
        let t = line.trim();
        if t.contains("bonus  System attributes") {
            o.sa = true;
        } else if let Some(flags) = t.strip_prefix("dnode flags:") {
            o.flags = flags.trim().to_owned();
        } else if line.starts_with("\t\t")
            && let Some((k, v)) = t.split_once(" = ")
        {
            o.zap.insert(k.to_owned(), v.trim().to_owned());
        } else if let Some((k, v)) = t.split_once(char::is_whitespace)
            && ["uid", "gid", "mode", "pflags"].contains(&k)
        {
            o.fields.insert(k.to_owned(), v.trim().to_owned());
        }
    }
    o
}
