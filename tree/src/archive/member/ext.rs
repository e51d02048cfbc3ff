//! Extension headers: pax `x` (this member) and `g` (every later member) records, GNU
//! `L`/`K` long names and link targets; and the data padding every member is followed by.
use super::reader::Reader;
use crate::archive::fault::{Fault, FaultAt};
use crate::archive::header::{BLOCK, Block};
use crate::archive::stream::Stream;

/// Longest pax or long-name data we hold in memory (xattr values are at most 64 KiB).
const EXT_MAX: u64 = 16 << 20;

/// Extension headers seen since the last member.
#[derive(Default)]
pub(super) struct Ext {
    pub records: Vec<(Vec<u8>, Vec<u8>)>,
    pub long_name: Option<Vec<u8>>,
    pub long_link: Option<Vec<u8>>,
}

impl<S: Stream> Reader<S> {
    /// The data of an extension header, read whole, its padding passed over.
    pub(super) fn ext_data(&mut self, block: &Block, at: u64) -> Result<Vec<u8>, Fault> {
        let size = block.size().at(at)?;
        if size > EXT_MAX {
            return Err(Fault::at(
                at,
                format!("extension header of {size} bytes (at most {EXT_MAX})"),
            ));
        }
        let mut data = vec![0u8; size as usize];
        let got = self
            .stream
            .read_full(&mut data)
            .map_err(|e| Fault::io(at, &e))?;
        if got < data.len() {
            return Err(Fault::at(
                at,
                "the archive is truncated inside an extension header",
            ));
        }
        self.skip_exact(padding(size), at)?;
        Ok(data)
    }

    /// A GNU long name or link target: the data up to its first NUL.
    pub(super) fn long_name(&mut self, block: &Block, at: u64) -> Result<Vec<u8>, Fault> {
        let mut data = self.ext_data(block, at)?;
        let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
        data.truncate(end);
        Ok(data)
    }

    pub(super) fn set_global(&mut self, recs: Vec<(Vec<u8>, Vec<u8>)>) {
        for (key, value) in recs {
            self.global.retain(|(k, _)| *k != key);
            self.global.push((key, value));
        }
    }

    /// Passes over exactly `n` bytes; fewer is a truncated member.
    pub(super) fn skip_exact(&mut self, n: u64, at: u64) -> Result<(), Fault> {
        let got = self.stream.skip(n).map_err(|e| Fault::io(at, &e))?;
        match got == n {
            true => Ok(()),
            false => Err(Fault::at(
                at,
                "the archive is truncated inside this member's data",
            )),
        }
    }
}

/// Bytes after `size` up to the next block boundary.
pub(super) fn padding(size: u64) -> u64 {
    size.next_multiple_of(BLOCK as u64) - size
}
