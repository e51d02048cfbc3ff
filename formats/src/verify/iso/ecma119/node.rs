//! One name found in a directory walk: its path, its records' extents, its Rock Ridge.
use super::super::rrip::Rr;
use super::dir_record::{DIRECTORY, DirRecord};
use super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::bytes;
use crate::verify::content::Expected;
use crate::verify::read_at::ReadAt;

/// Bytes of file data compared per read.
const CHUNK: u64 = 256 << 10;

/// A file, directory or other entry of the image.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    /// Path from the root, `/`-separated, no leading slash; empty for the root. Rock Ridge
    /// names when present, else the ISO 9660 or Joliet identifiers.
    pub path: Vec<u8>,
    /// Its (last) directory record; for the root, its "." record.
    pub record: DirRecord,
    /// `(block, bytes)` of each extent, in order (several for a multi-extent file).
    pub extents: Vec<(u32, u32)>,
    /// The parent directory's extent.
    pub parent: u32,
    pub rr: Rr,
    /// A relocated directory reached through its CL placeholder.
    pub moved: bool,
}

impl Node {
    /// The root, from its record in a volume descriptor.
    pub(crate) fn root(record: &DirRecord) -> Node {
        Node {
            path: Vec::new(),
            record: record.clone(),
            extents: vec![(record.extent, record.len)],
            parent: record.extent,
            rr: Rr::default(),
            moved: false,
        }
    }

    pub(crate) fn is_dir(&self) -> bool {
        self.record.flags & DIRECTORY != 0
    }

    /// The file's size: its extents' lengths together.
    pub(crate) fn size(&self) -> u64 {
        self.extents.iter().map(|&(_, len)| u64::from(len)).sum()
    }

    /// `S_IFMT` bits from PX, or from the directory flag without Rock Ridge.
    pub(crate) fn kind(&self) -> u32 {
        match self.rr.px {
            Some(px) => px[0] & 0o170_000,
            None if self.is_dir() => 0o040_000,
            None => 0o100_000,
        }
    }

    /// The path as messages show it.
    pub(crate) fn shown(&self) -> String {
        format!("/{}", String::from_utf8_lossy(&self.path))
    }

    /// Reads the node's extents and compares them with the tree's bytes.
    pub(crate) fn compare(&self, img: &dyn ReadAt, mut want: Expected) -> Result<()> {
        for &(lba, len) in &self.extents {
            let (start, len) = (u64::from(lba) * BLOCK, u64::from(len));
            let mut off = 0;
            while off < len {
                let n = CHUNK.min(len - off);
                want.compare(&bytes(img, start + off, n, "file data")?)?;
                off += n;
            }
        }
        Ok(())
    }
}
