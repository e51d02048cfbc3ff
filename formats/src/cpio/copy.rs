//! Entry data: exactly `len` bytes from a reader, through one large reusable buffer.
use std::io::{self, Read, Write};

/// Bytes read per call: large reads keep the syscall count low on big files.
pub(super) const COPY_BUF: usize = 256 * 1024;

/// Copies exactly `len` bytes from `data` to `out` using `buf`; a reader that ends early is
/// an `UnexpectedEof` saying how many bytes it had.
pub(super) fn copy_exact(
    data: &mut dyn Read,
    out: &mut dyn Write,
    buf: &mut [u8],
    len: u32,
) -> io::Result<u64> {
    let mut left = len as usize;
    while left > 0 {
        let want = left.min(buf.len());
        let got = match data.read(&mut buf[..want]) {
            Ok(0) => return Err(short(len, left)),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        out.write_all(&buf[..got])?;
        left -= got;
    }
    Ok(u64::from(len))
}

fn short(len: u32, left: usize) -> io::Error {
    let msg = format!("{} of {len} bytes", len as usize - left);
    io::Error::new(io::ErrorKind::UnexpectedEof, msg)
}
