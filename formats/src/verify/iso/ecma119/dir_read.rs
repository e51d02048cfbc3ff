//! The records of one directory extent (ECMA-119 §6.8.1): none crosses a block boundary,
//! zero bytes pad each block's end, and "." and ".." come first.
use super::dir_record::{DIRECTORY, DirRecord, decode};
use super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// The records of the directory `dir` describes, "." and ".." first.
pub(crate) fn records(img: &dyn ReadAt, dir: &DirRecord) -> Result<Vec<DirRecord>> {
    let at = u64::from(dir.extent) * BLOCK;
    if dir.len == 0 || u64::from(dir.len) % BLOCK != 0 {
        return Err(corrupt(
            dir.at,
            format!("directory data length {}", dir.len),
        ));
    }
    let data = bytes(img, at, dir.len.into(), "directory extent")?;
    let (mut out, mut off) = (Vec::new(), 0usize);
    while off < data.len() {
        let len = usize::from(data[off]);
        let block_end = (off / BLOCK as usize + 1) * BLOCK as usize;
        if len == 0 {
            if data[off..block_end].iter().any(|&b| b != 0) {
                return Err(corrupt(
                    at + off as u64,
                    "non-zero bytes after a block's last record",
                ));
            }
            off = block_end;
            continue;
        }
        if off + len > block_end {
            return Err(corrupt(
                at + off as u64,
                "directory record crosses a block boundary",
            ));
        }
        out.push(decode(&data[off..off + len], at + off as u64)?);
        off += len;
    }
    dots(&out, dir, at)?;
    Ok(out)
}

/// "." and ".." come first, and "." describes `dir` itself.
fn dots(out: &[DirRecord], dir: &DirRecord, at: u64) -> Result<()> {
    let dots = (out.first(), out.get(1));
    let (Some(dot), Some(dotdot)) = dots else {
        return Err(corrupt(at, "directory without '.' and '..'"));
    };
    let is_dir = |r: &DirRecord| r.flags & DIRECTORY != 0;
    if dot.name != [0] || dotdot.name != [1] || !is_dir(dot) || !is_dir(dotdot) {
        return Err(corrupt(at, "directory does not start with '.' and '..'"));
    }
    if dot.extent != dir.extent || dot.len != dir.len {
        return Err(corrupt(dot.at, "'.' does not describe its own directory"));
    }
    Ok(())
}
