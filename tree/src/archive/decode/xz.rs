//! xz through lzma-rs, whose decoder pushes into a `Write`: it runs on its own thread,
//! writing into a pipe this side reads; its error is collected when the pipe runs dry.
use std::fs::File;
use std::io::{self, BufReader, BufWriter, PipeReader, Read, Write};
use std::thread::{self, JoinHandle};

/// The decoded stream of an xz file.
pub(super) struct Xz {
    pipe: PipeReader,
    decoder: Option<JoinHandle<Result<(), String>>>,
}

impl Xz {
    /// Starts decoding `input` on a new thread.
    pub fn spawn(mut input: BufReader<File>) -> io::Result<Xz> {
        let (pipe, writer) = io::pipe()?;
        let decoder = thread::Builder::new()
            .name("xz-decoder".into())
            .spawn(move || {
                let mut out = BufWriter::with_capacity(1 << 20, writer);
                lzma_rs::xz_decompress(&mut input, &mut out).map_err(|e| e.to_string())?;
                out.flush().map_err(|e| e.to_string())
            })?;
        let decoder = Some(decoder);
        Ok(Xz { pipe, decoder })
    }
}

impl Read for Xz {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let got = self.pipe.read(buf)?;
        if got > 0 || buf.is_empty() {
            return Ok(got);
        }
        match self.decoder.take().map(JoinHandle::join) {
            None | Some(Ok(Ok(()))) => Ok(0),
            Some(Ok(Err(msg))) => Err(io::Error::other(msg)),
            Some(Err(_)) => Err(io::Error::other("the xz decoder panicked")),
        }
    }
}
