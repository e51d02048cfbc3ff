//! The unpacked bytes an archive is parsed from: a run of gzip members or the image itself,
//! buffered, with the position every message names.
use crate::error::{Error, Result};

/// A buffered byte stream (like `BufRead`, with our errors and positions).
pub(crate) trait Stream {
    /// The buffered bytes at the current position; empty only at the end of the stream.
    fn fill(&mut self) -> Result<&[u8]>;
    /// Marks `n` buffered bytes as read.
    fn consume(&mut self, n: usize);
    /// Bytes read so far: the offset newc alignment counts from.
    fn pos(&self) -> u64;
    /// Where the current position is, for messages.
    fn at(&self) -> String;
}

/// A malformed structure at the stream's current position.
pub(crate) fn corrupt(s: &dyn Stream, what: impl Into<String>) -> Error {
    Error::Corrupt {
        at: s.at(),
        what: what.into(),
    }
}

/// Reads exactly `buf.len()` bytes; the stream ending first is an error naming `what`.
pub(crate) fn read_exact(s: &mut dyn Stream, buf: &mut [u8], what: &str) -> Result<()> {
    let mut done = 0;
    while done < buf.len() {
        let have = s.fill()?;
        if have.is_empty() {
            let msg = format!("stream ends inside {what} ({done} of {} bytes)", buf.len());
            return Err(corrupt(s, msg));
        }
        let n = have.len().min(buf.len() - done);
        buf[done..done + n].copy_from_slice(&have[..n]);
        s.consume(n);
        done += n;
    }
    Ok(())
}

/// Hands `len` bytes to `f` in buffered pieces; the stream ending first is an error.
pub(crate) fn take(
    s: &mut dyn Stream,
    len: u64,
    what: &str,
    f: &mut dyn FnMut(&[u8]) -> Result<()>,
) -> Result<()> {
    let mut left = len;
    while left > 0 {
        let have = s.fill()?;
        if have.is_empty() {
            let msg = format!("stream ends inside {what} ({} of {len} bytes)", len - left);
            return Err(corrupt(s, msg));
        }
        let n = have.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        f(&have[..n])?;
        s.consume(n);
        left -= n as u64;
    }
    Ok(())
}

/// Reads the zero bytes that pad to a multiple of 4 (newc `ALGN(4)`); any other byte is an error.
pub(crate) fn pad(s: &mut dyn Stream, what: &str) -> Result<()> {
    let len = s.pos().next_multiple_of(4) - s.pos();
    let mut zeros = [0u8; 4];
    read_exact(s, &mut zeros[..len as usize], what)?;
    match zeros.iter().all(|&b| b == 0) {
        true => Ok(()),
        false => Err(corrupt(s, format!("{what} is not zero: {zeros:02x?}"))),
    }
}

/// Skips zero bytes; `false` when the stream ends, `true` at the first other byte.
pub(crate) fn skip_zeros(s: &mut dyn Stream) -> Result<bool> {
    loop {
        let have = s.fill()?;
        if have.is_empty() {
            return Ok(false);
        }
        match have.iter().position(|&b| b != 0) {
            Some(n) => {
                s.consume(n);
                return Ok(true);
            }
            None => {
                let n = have.len();
                s.consume(n);
            }
        }
    }
}
