//! One chunk of input → raw deflate bytes that continue the stream of the chunks before it.
use flate2::{Compress, Compression, FlushCompress, Status};

/// Bytes of history deflate can refer back to (RFC 1951 §2: 32 KiB window).
pub(super) const WINDOW: usize = 32 * 1024;

/// A chunk to compress, in stream order.
pub(super) struct Job {
    /// Position of the chunk in the stream.
    pub seq: u64,
    /// Up to [`WINDOW`] bytes that precede the chunk.
    pub dict: Vec<u8>,
    /// The chunk itself.
    pub data: Vec<u8>,
    /// The final chunk ends the deflate stream; the others end with a sync flush.
    pub last: bool,
}

/// Deflates `job` at `level` with its dictionary. The output ends on a byte boundary (sync
/// flush) or with the final block, so outputs of consecutive jobs concatenate into one stream.
/// Each job gets a fresh compressor: a `reset()` one was measured to leave state behind that
/// changed the output with the thread count.
pub(super) fn deflate(level: u32, job: &Job) -> Vec<u8> {
    let c = &mut Compress::new(Compression::new(level), false);
    if !job.dict.is_empty() {
        c.set_dictionary(&job.dict)
            .expect("a raw deflate stream takes a dictionary before data");
    }
    let flush = if job.last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    let mut out = Vec::with_capacity(job.data.len() + job.data.len() / 16 + 64);
    let start = c.total_in();
    loop {
        let used = (c.total_in() - start) as usize;
        let status = c
            .compress_vec(&job.data[used..], &mut out, flush)
            .expect("deflate of in-memory data");
        let all_in = (c.total_in() - start) as usize == job.data.len();
        let done = match job.last {
            true => status == Status::StreamEnd,
            false => all_in && out.len() < out.capacity(),
        };
        if done {
            return out;
        }
        out.reserve(out.capacity().max(4096));
    }
}
