//! One `gen_init_cpio` line → a typed entry.
//!
//! Grammar (`usr/gen_init_cpio.c`; `#` starts a comment line; mode is octal, ids decimal):
//! `file NAME LOCATION MODE UID GID [HARDLINK…]`, `dir NAME MODE UID GID`,
//! `nod NAME MODE UID GID b|c MAJOR MINOR`, `slink NAME TARGET MODE UID GID`,
//! `pipe NAME MODE UID GID`, `sock NAME MODE UID GID`. A relative LOCATION is taken from the
//! spec file's directory.
use std::fs;
use std::path::Path;

use super::Addition;
use super::fields::{device, file_line, meta, target};
use super::name::normalize;
use crate::entry::Kind;
use crate::error::{Error, Result, io_err};
use crate::meta::{Meta, Time};

/// One parsed line: its number and what it adds.
#[derive(Debug)]
pub(crate) struct SpecLine {
    pub line: usize,
    pub add: Addition,
}

/// Reads and parses every line of `file`.
pub(crate) fn parse_file(file: &Path, time: Time) -> Result<Vec<SpecLine>> {
    let text = fs::read(file).map_err(io_err("reading spec", file))?;
    let base = file.parent().unwrap_or(Path::new("."));
    let mut lines = Vec::new();
    for (i, raw) in text.split(|&b| b == b'\n').enumerate() {
        let words: Vec<&[u8]> = raw
            .split(|b| *b == b' ' || *b == b'\t')
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() || words[0].starts_with(b"#") {
            continue;
        }
        let spec_err = |msg| Error::Spec {
            file: file.to_owned(),
            line: i + 1,
            msg,
        };
        let (names, kind, meta) = parse_words(&words, base, time).map_err(spec_err)?;
        let xattrs = Vec::new();
        let add = Addition {
            names,
            kind,
            meta,
            xattrs,
        };
        lines.push(SpecLine { line: i + 1, add });
    }
    Ok(lines)
}

/// Names, kind and metadata of one line.
pub(super) type Parsed = (Vec<Vec<u8>>, Kind, Meta);

/// Each entry type with its fields after the keyword.
const USAGE: [(&[u8], usize, &str); 6] = [
    (b"file", 5, "NAME LOCATION MODE UID GID [HARDLINK...]"),
    (b"dir", 4, "NAME MODE UID GID"),
    (b"nod", 7, "NAME MODE UID GID b|c MAJOR MINOR"),
    (b"slink", 5, "NAME TARGET MODE UID GID"),
    (b"pipe", 4, "NAME MODE UID GID"),
    (b"sock", 4, "NAME MODE UID GID"),
];

fn parse_words(w: &[&[u8]], base: &Path, time: Time) -> Result<Parsed, String> {
    let (keyword, args) = (w[0], &w[1..]);
    let shown = String::from_utf8_lossy(keyword);
    let Some(&(_, fields, usage)) = USAGE.iter().find(|u| u.0 == keyword) else {
        return Err(format!(
            "unknown entry type {shown:?} (file, dir, nod, slink, pipe, sock)"
        ));
    };
    if args.len() < fields || (keyword != b"file" && args.len() > fields) {
        return Err(format!("`{shown}` takes {fields} fields: {usage}"));
    }
    let name = vec![normalize(args[0])?];
    match keyword {
        b"file" => file_line(args, base),
        b"slink" => Ok((
            name,
            Kind::Symlink {
                target: target(args[1])?,
            },
            meta(&args[2..], time)?,
        )),
        b"nod" => Ok((name, device(&args[4..])?, meta(&args[1..], time)?)),
        b"dir" => Ok((name, Kind::Dir, meta(&args[1..], time)?)),
        b"pipe" => Ok((name, Kind::Fifo, meta(&args[1..], time)?)),
        _ => Ok((name, Kind::Socket, meta(&args[1..], time)?)),
    }
}
