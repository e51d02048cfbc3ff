//! The tar stream the parser reads: headers are read, member data is passed over. An
//! uncompressed archive is a file we seek in; a compressed one is decoded once and every
//! byte copied to an unnamed spool, so members can later be read from it at their offsets.
mod file; // FileStream: seeks over member data
mod spool; // SpoolStream: decoder → spool, data copied instead of read

use std::io;

pub(super) use file::FileStream;
pub(super) use spool::SpoolStream;

/// A tar stream read front to back.
pub(super) trait Stream {
    /// Offset of the next byte in the (decompressed) tar stream.
    fn pos(&self) -> u64;
    /// Fills `buf` as far as the stream goes; fewer bytes only at its end.
    fn read_full(&mut self, buf: &mut [u8]) -> io::Result<usize>;
    /// Passes over `n` bytes; returns how many there were (fewer only at the end).
    fn skip(&mut self, n: u64) -> io::Result<u64>;
    /// The end of the archive was reached: check and flush what remains.
    fn finish(&mut self) -> io::Result<()>;
}
