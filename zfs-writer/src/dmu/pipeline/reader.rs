//! The reader thread: each file's bytes as logical blocks, in the order the files are given.
//! A source that holds fewer or more bytes than the tree recorded is an error, in stream
//! order (`anvil_tree::SourceReader` checks it).
use std::io::Read;
use std::path::PathBuf;
use std::sync::mpsc::SyncSender;

use anvil_tree::Source;

use crate::error::{Error, Result};

/// One regular file to stream: where its bytes are, how many, in blocks of what size.
#[derive(Clone, Debug)]
pub struct FileData {
    /// Where the bytes are.
    pub source: Source,
    /// How messages name it (the host path, or the archive and member).
    pub shown: PathBuf,
    /// Size recorded when the tree was loaded.
    pub size: u64,
    /// Logical block size (a multiple of 512; the last block is zero-padded to it).
    pub block_size: u32,
}

impl FileData {
    /// Number of logical blocks.
    pub fn blocks(&self) -> u64 {
        self.size.div_ceil(u64::from(self.block_size))
    }
}

/// A logical block, or the error that ended the stream.
pub(super) type Job = (u64, Result<Vec<u8>>);

/// Sends every block of every file, numbered from 0; stops at the first error.
pub(super) fn read_all(
    files: &[FileData],
    jobs: &SyncSender<Job>,
    progress: &(dyn Fn(u64) + Sync),
    dry: bool,
) {
    let mut seq = 0u64;
    for file in files {
        if dry {
            // A dry run reads nothing: non-zero blocks, so none becomes a hole.
            for _ in 0..file.blocks() {
                if jobs
                    .send((seq, Ok(vec![0xa5; file.block_size as usize])))
                    .is_err()
                {
                    return;
                }
                seq += 1;
            }
            continue;
        }
        if let Err(e) = read_file(file, jobs, &mut seq) {
            let _ = jobs.send((seq, Err(e)));
            return;
        }
        progress(file.size);
    }
}

fn read_file(file: &FileData, jobs: &SyncSender<Job>, seq: &mut u64) -> Result<()> {
    let io = |source| Error::Io {
        what: "reading",
        path: file.shown.clone(),
        source,
    };
    let mut f = file.source.open(file.size).map_err(io)?;
    let mut left = file.size;
    for _ in 0..file.blocks() {
        let mut block = vec![0u8; file.block_size as usize];
        let want = left.min(u64::from(file.block_size)) as usize;
        f.read_exact(&mut block[..want]).map_err(io)?;
        left -= want as u64;
        if jobs.send((*seq, Ok(block))).is_err() {
            return Ok(());
        }
        *seq += 1;
    }
    // Past the recorded size only a grown source has bytes, and the reader fails for it.
    f.read(&mut [0u8; 1]).map(drop).map_err(io)
}
