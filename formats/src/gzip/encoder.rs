//! `GzEncoder`: the `Write` side of the parallel gzip stream.
use std::io::{self, Write};
use std::mem;

use super::chunk::{Job, WINDOW};
use super::frame::trailer;
use super::pipeline::Pipeline;

/// Bytes per chunk: pigz's default block size, large enough that sync flushes cost ~0.01 %.
const CHUNK: usize = 128 * 1024;

/// A gzip writer whose deflate work runs on `threads` worker threads. Its output is the same
/// for every thread count. Call [`GzEncoder::finish`]; dropping it abandons the stream.
pub struct GzEncoder<W: Write + Send + 'static> {
    pipeline: Option<Pipeline<W>>,
    buf: Vec<u8>,
    dict: Vec<u8>,
    seq: u64,
    crc: crc32fast::Hasher,
    len: u64,
}

impl<W: Write + Send + 'static> GzEncoder<W> {
    /// Starts a stream on `out` at deflate `level` (0–9) with `threads` workers.
    pub fn new(out: W, level: u32, threads: usize) -> GzEncoder<W> {
        GzEncoder {
            pipeline: Some(Pipeline::start(out, threads, level.min(9))),
            buf: Vec::with_capacity(CHUNK),
            dict: Vec::new(),
            seq: 0,
            crc: crc32fast::Hasher::new(),
            len: 0,
        }
    }

    /// Compresses what is buffered, writes the trailer and returns the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.submit(true)?;
        let pipeline = self.pipeline.take().expect("finish runs once");
        let mut out = pipeline.finish()?;
        out.write_all(&trailer(self.crc.clone().finalize(), self.len))?;
        Ok(out)
    }

    fn submit(&mut self, last: bool) -> io::Result<()> {
        let data = mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
        let tail = data[data.len().saturating_sub(WINDOW)..].to_vec();
        let dict = mem::replace(&mut self.dict, tail);
        let job = Job {
            seq: self.seq,
            dict,
            data,
            last,
        };
        self.seq += 1;
        let pipeline = self.pipeline.as_ref().expect("no write after finish");
        if pipeline.send(job) {
            return Ok(());
        }
        let stopped = self.pipeline.take().expect("checked above").finish();
        Err(stopped
            .err()
            .unwrap_or_else(|| io::Error::other("the gzip writer stopped")))
    }
}

impl<W: Write + Send + 'static> Write for GzEncoder<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let n = data.len().min(CHUNK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        self.crc.update(&data[..n]);
        self.len += n as u64;
        if self.buf.len() == CHUNK {
            self.submit(false)?;
        }
        Ok(n)
    }

    /// Chunks are fixed-size for determinism, so flushing writes nothing early.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
