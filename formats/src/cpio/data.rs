//! File bytes into the archive, checked against the size the tree recorded.
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use super::{CpioWriter, NewcHeader};
use crate::error::{Error, Result, io_err};

/// Streams `size` bytes of `source`; a file that shrank or grew since the walk is an error.
pub(super) fn copy_file<W: Write>(
    cpio: &mut CpioWriter<W>,
    h: &NewcHeader,
    name: &[u8],
    source: &Path,
    size: u64,
) -> Result<()> {
    let mut file = File::open(source).map_err(io_err("reading", source))?;
    let mut counted = Counted {
        inner: &mut file,
        n: 0,
    };
    match cpio.add(h, name, size as u32, &mut counted) {
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Err(Error::Changed {
            path: source.to_owned(),
            expected: size,
            found: counted.n,
        }),
        Err(e) => Err(io_err("archiving", source)(e)),
        Ok(()) => match io::copy(&mut file, &mut io::sink()).map_err(io_err("reading", source))? {
            0 => Ok(()),
            more => Err(Error::Changed {
                path: source.to_owned(),
                expected: size,
                found: size + more,
            }),
        },
    }
}

/// A reader that counts the bytes it hands out.
struct Counted<'a> {
    inner: &'a mut File,
    n: u64,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = self.inner.read(buf)?;
        self.n += got as u64;
        Ok(got)
    }
}
