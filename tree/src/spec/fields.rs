//! The fields of a spec line: modes, ids, symlink targets and `file` sources.
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::name::normalize;
use super::parse::Parsed;
use crate::entry::Kind;
use crate::meta::{Meta, Time};
use crate::source::Source;

/// The `file` line: stats LOCATION (relative to the spec's directory) for size and mtime.
/// Names after GID are hard links to the same file.
pub(super) fn file_line(args: &[&[u8]], base: &Path) -> Result<Parsed, String> {
    let extra = args[5..].iter();
    let names = args[..1]
        .iter()
        .chain(extra)
        .map(|n| normalize(n))
        .collect::<Result<_, _>>()?;
    let source = base.join(Path::new(std::ffi::OsStr::from_bytes(args[1])));
    let md = fs::metadata(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    if !md.is_file() {
        return Err(format!("{}: not a regular file", source.display()));
    }
    let mtime = Time {
        sec: md.mtime(),
        nsec: md.mtime_nsec() as u32,
    };
    let kind = Kind::File {
        source: Source::Host(source),
        size: md.len(),
    };
    Ok((names, kind, meta(&args[2..], mtime)?))
}

/// MODE UID GID.
pub(super) fn meta(w: &[&[u8]], mtime: Time) -> Result<Meta, String> {
    let mode = num(w[0], 8, "mode")?;
    if mode > 0o7777 {
        return Err(format!("mode {mode:o} has bits beyond 7777"));
    }
    Ok(Meta {
        mode,
        uid: num(w[1], 10, "uid")?,
        gid: num(w[2], 10, "gid")?,
        mtime,
    })
}

/// A number in `radix`, named `what` in errors.
pub(super) fn num(word: &[u8], radix: u32, what: &str) -> Result<u32, String> {
    let text = std::str::from_utf8(word).unwrap_or("");
    u32::from_str_radix(text, radix).map_err(|_| {
        format!(
            "{what} {:?} is not a base-{radix} number",
            String::from_utf8_lossy(word)
        )
    })
}

/// A symlink target: any bytes but control bytes, at most 4095 (`PATH_MAX` - 1).
pub(super) fn target(word: &[u8]) -> Result<Vec<u8>, String> {
    match word.iter().find(|b| b.is_ascii_control()) {
        Some(b) => Err(format!("symlink target contains control byte {b:#04x}")),
        None if word.len() > 4095 => Err("symlink target is over 4095 bytes".into()),
        None => Ok(word.to_vec()),
    }
}

/// `b|c MAJOR MINOR`.
pub(super) fn device(w: &[&[u8]]) -> Result<Kind, String> {
    let (major, minor) = (num(w[1], 10, "major")?, num(w[2], 10, "minor")?);
    let kind = match w[0] {
        b"c" => Kind::CharDev { major, minor },
        b"b" => Kind::BlockDev { major, minor },
        _ => return Err("device type must be `b` or `c`".into()),
    };
    kind.check_device()?;
    Ok(kind)
}
