//! GNU sparse files: the runs of data a member stores back to back, from an old GNU `S`
//! header (4 pairs, then 21 per extension block), from pax 0.0 pairs or the 0.1 map, or from
//! the 1.0 map written as decimal lines at the start of the data (GNU tar `sparse.c`).
use super::reader::Reader;
use crate::archive::fault::{Fault, FaultAt};
use crate::archive::header::{BLOCK, Block, decimal, number};
use crate::archive::stream::Stream;

impl<S: Stream> Reader<S> {
    pub(super) fn old_gnu(&mut self, block: &Block, at: u64) -> Result<Vec<u64>, Fault> {
        let mut map = Vec::new();
        pairs(block.field(386, 96), &mut map).at(at)?;
        let mut extended = block.0[482] != 0;
        while extended {
            let buf = self.map_block(at)?;
            pairs(&buf[..504], &mut map).at(at)?;
            extended = buf[504] != 0;
        }
        Ok(map)
    }

    /// Version 1.0: `COUNT\n` then `OFFSET\nLENGTH\n` per run, padded to a block.
    pub(super) fn v1_map(&mut self, at: u64, size: u64) -> Result<(Vec<u64>, u64), Fault> {
        let (mut nums, mut want, mut line, mut used) = (Vec::new(), None, Vec::new(), 0);
        while want.is_none_or(|w| nums.len() < w) {
            if used + BLOCK as u64 > size {
                return Err(Fault::at(at, "the sparse map runs past the member's data"));
            }
            used += BLOCK as u64;
            for b in self.map_block(at)? {
                if want.is_some_and(|w| nums.len() == w) {
                    break;
                } else if b != b'\n' {
                    line.push(b);
                    continue;
                }
                let n = decimal(&line).map_err(|e| Fault::at(at, format!("sparse map: {e}")))?;
                line.clear();
                match want {
                    None => want = Some(n.saturating_mul(2) as usize),
                    Some(_) => nums.push(n),
                }
            }
        }
        Ok((nums, used))
    }

    fn map_block(&mut self, at: u64) -> Result<[u8; BLOCK], Fault> {
        let mut buf = [0u8; BLOCK];
        let got = self
            .stream
            .read_full(&mut buf)
            .map_err(|e| Fault::io(at, &e))?;
        match got == BLOCK {
            true => Ok(buf),
            false => Err(Fault::at(
                at,
                "the archive is truncated inside a sparse map",
            )),
        }
    }
}

/// The 24-byte (offset, length) pairs of an old GNU map area, up to the first empty one.
fn pairs(area: &[u8], map: &mut Vec<u64>) -> Result<(), String> {
    for pair in area.chunks_exact(24).take_while(|p| p[0] != 0) {
        for field in [&pair[..12], &pair[12..]] {
            let n = number(field)?;
            map.push(u64::try_from(n).map_err(|_| format!("negative sparse map value {n}"))?);
        }
    }
    Ok(())
}
