//! An initramfs file: tree → newc cpio → parallel gzip → temporary file → rename.
use std::io::BufWriter;
use std::path::Path;
use std::thread;

use anvil_tree::Tree;

use crate::atomic::AtomicFile;
use crate::cpio::{CpioWriter, write_tree};
use crate::error::{Result, io_err};
use crate::gzip::GzEncoder;
use crate::xattrs::{XattrPolicy, check};

/// How the initramfs is compressed, and what it does with attributes it cannot store.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// gzip level, 0–9 (6, the default, is what `gzip` itself uses).
    pub level: u32,
    /// Deflate worker threads; the output is the same for any count.
    pub threads: usize,
    /// Extended attributes (newc cannot store them): left out with a warning, or refused.
    pub xattrs: XattrPolicy,
}

impl Default for Options {
    fn default() -> Options {
        let threads = thread::available_parallelism().map_or(1, |n| n.get());
        let xattrs = XattrPolicy::Warn;
        Options {
            level: 6,
            threads,
            xattrs,
        }
    }
}

/// What was written.
#[derive(Clone, Debug)]
pub struct Summary {
    /// Entries in the archive (the tree's root is not one).
    pub entries: usize,
    /// Bytes of file data archived, hard links counted once.
    pub data_bytes: u64,
    /// Size of the compressed file.
    pub gz_bytes: u64,
    /// What the archive could not store (extended attributes).
    pub warnings: Vec<String>,
}

/// Writes `tree` to `out` as a gzip-compressed newc archive. `progress` gets the byte count of
/// every file archived. On any error `out` is left as it was.
pub fn write(
    tree: &Tree,
    out: &Path,
    opts: &Options,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary> {
    let mut warnings: Vec<String> = check(tree, opts.xattrs, "newc cpio")?.into_iter().collect();
    warnings.extend(crate::times::newc(tree));
    let file = AtomicFile::create(out)?;
    let gz = GzEncoder::new(
        BufWriter::with_capacity(1 << 20, file),
        opts.level,
        opts.threads,
    );
    let gz = write_tree(tree, CpioWriter::new(gz), progress)?;
    let buffered = gz.finish().map_err(io_err("writing", out))?;
    let file = buffered
        .into_inner()
        .map_err(|e| io_err("writing", out)(e.into_error()))?;
    file.commit()?;
    let gz_bytes = std::fs::metadata(out)
        .map_err(io_err("reading metadata of", out))?
        .len();
    let entries = tree.entries().len().saturating_sub(1);
    Ok(Summary {
        entries,
        data_bytes: tree.file_bytes(),
        gz_bytes,
        warnings,
    })
}
