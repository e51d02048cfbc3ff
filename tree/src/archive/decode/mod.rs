//! Pure-Rust decoders for compressed archives, told apart by their magic bytes; every
//! decoder error reads "decompression failed: …".
mod xz; // lzma-rs, pushing into a pipe from its own thread
mod zstd; // ruzstd, frame after frame

use std::fs::File;
use std::io::{self, BufReader, Read};

/// What the first bytes of `--root` say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Compression {
    Gzip,
    Zstd,
    Xz,
}

impl Compression {
    /// The compression whose magic starts `head` (RFC 1952, RFC 8878, xz-file-format 1.1).
    pub fn sniff(head: &[u8]) -> Option<Compression> {
        match head {
            [0x1f, 0x8b, ..] => Some(Compression::Gzip),
            [0x28, 0xb5, 0x2f, 0xfd, ..] => Some(Compression::Zstd),
            [0xfd, b'7', b'z', b'X', b'Z', 0x00, ..] => Some(Compression::Xz),
            _ => None,
        }
    }

    /// A reader of `file`'s decompressed bytes (read from its start).
    pub fn decoder(self, file: File) -> io::Result<Box<dyn Read + Send>> {
        let input = BufReader::with_capacity(1 << 20, file);
        Ok(match self {
            Compression::Gzip => Box::new(Labelled(flate2::bufread::MultiGzDecoder::new(input))),
            Compression::Zstd => Box::new(Labelled(zstd::Frames::new(input))),
            Compression::Xz => Box::new(Labelled(xz::Xz::spawn(input)?)),
        })
    }
}

/// Prefixes every error of the decoder it wraps.
struct Labelled<R>(R);

impl<R: Read> Read for Labelled<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0
            .read(buf)
            .map_err(|e| io::Error::new(e.kind(), format!("decompression failed: {e}")))
    }
}
