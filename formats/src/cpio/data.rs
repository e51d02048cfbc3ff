//! File bytes into the archive, through the tree's size-checked reader.
use std::io::{Read, Write};

use anvil_tree::Source;

use super::{CpioWriter, NewcHeader};
use crate::error::{Result, io_err};

/// Streams `size` bytes of `source` as the data of entry `name`; a source that shrank or
/// grew since the tree was loaded is an error naming it.
pub(super) fn copy_file<W: Write>(
    cpio: &mut CpioWriter<W>,
    h: &NewcHeader,
    name: &[u8],
    source: &Source,
    size: u64,
) -> Result<()> {
    let shown = source.describe(name);
    let mut data = source.open(size).map_err(io_err("reading", &shown))?;
    cpio.add(h, name, size as u32, &mut data)
        .map_err(io_err("reading", &shown))?;
    // Past the recorded size: only a grown source still has bytes, and that is an error.
    data.read(&mut [0u8; 1])
        .map(drop)
        .map_err(io_err("reading", shown))
}
