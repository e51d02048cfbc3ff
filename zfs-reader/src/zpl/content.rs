//! A file's bytes: its L0 blocks in order (holes as zeros) up to `ZPL_SIZE`.
use std::io::Read;

use crate::dmu::Dnode;
use crate::error::{Error, Result, corrupt, ensure};
use crate::pool::Pool;

impl Pool<'_> {
    /// Calls `f` with each block's bytes in order, cut at `size`.
    fn file_blocks(
        &self,
        dn: &Dnode,
        size: u64,
        at: &str,
        f: &mut dyn FnMut(&[u8]) -> Result<()>,
    ) -> Result<()> {
        let blksz = dn.datablksz();
        let blocks = size.div_ceil(blksz);
        ensure(blocks == 0 || blocks - 1 <= dn.maxblkid(), at, || {
            format!(
                "size {size} needs {blocks} blocks, dn_maxblkid is {}",
                dn.maxblkid()
            )
        })?;
        for blkid in 0..blocks {
            let len = (size - blkid * blksz).min(blksz) as usize;
            match self.block(dn, blkid, at)? {
                Some(b) if b.len() >= len => f(&b[..len])?,
                Some(_) => return Err(corrupt(at, format!("block {blkid} is short"))),
                None => f(&vec![0; len])?,
            }
        }
        Ok(())
    }

    /// The first `size` bytes of a file (at most `limit`).
    pub(super) fn file_bytes(
        &self,
        dn: &Dnode,
        size: u64,
        at: &str,
        limit: u64,
    ) -> Result<Vec<u8>> {
        ensure(size <= limit, at, || {
            format!("{size} bytes, more than {limit}")
        })?;
        let mut out = Vec::with_capacity(size as usize);
        self.file_blocks(dn, size, at, &mut |b| {
            out.extend_from_slice(b);
            Ok(())
        })?;
        Ok(out)
    }

    /// Compares a file's `size` bytes with `src`; `path` names it in the error.
    pub(super) fn compare_content(
        &self,
        dn: &Dnode,
        size: u64,
        src: &mut dyn Read,
        path: &str,
    ) -> Result<()> {
        let (mut buf, mut pos) = (Vec::new(), 0u64);
        let at = format!("file /{path}");
        self.file_blocks(dn, size, &at, &mut |b| {
            buf.resize(b.len(), 0);
            src.read_exact(&mut buf).map_err(|e| Error::Io {
                what: format!("the tree's /{path}"),
                source: e,
            })?;
            if let Some(i) = b.iter().zip(&buf).position(|(x, y)| x != y) {
                return Err(Error::Tree {
                    path: path.to_owned(),
                    what: format!("content differs at byte {}", pos + i as u64),
                });
            }
            pos += b.len() as u64;
            Ok(())
        })
    }
}
