//! One 32-byte FAT directory entry (Microsoft FAT specification §6): the 8.3 short name,
//! attributes, first cluster (high half on FAT32 only) and size; a file's chain sized.
use super::fat::Fat;
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// One file of the ESP: its path, size and clusters.
pub(crate) struct EspFile {
    pub path: String,
    pub size: u64,
    pub chain: Vec<u32>,
}

/// One short-name directory entry.
pub(crate) struct DirEntry {
    pub name: String,
    pub dir: bool,
    pub first: u32,
    pub size: u64,
}

impl Fat<'_> {
    /// A live short-name entry; `None` for deleted, long-name, label, "." and ".." entries.
    pub(crate) fn entry(&self, e: &[u8]) -> Option<DirEntry> {
        let attr = e[11];
        if e[0] == 0xe5 || e[0] == b'.' || attr & 0x0f == 0x0f || attr & 0x08 != 0 {
            return None;
        }
        let trim = |b: &[u8]| String::from_utf8_lossy(b).trim_end().to_string();
        let (mut base, mut ext) = (trim(&e[..8]), trim(&e[8..11]));
        // Windows NT's case bits for all-lowercase 8.3 names.
        if e[12] & 0x08 != 0 {
            base = base.to_lowercase();
        }
        if e[12] & 0x10 != 0 {
            ext = ext.to_lowercase();
        }
        let name = if ext.is_empty() {
            base
        } else {
            format!("{base}.{ext}")
        };
        let hi = match self.geo.bits {
            32 => u32::from(u16::from_le_bytes([e[20], e[21]])) << 16,
            _ => 0,
        };
        let first = hi | u32::from(u16::from_le_bytes([e[26], e[27]]));
        let size = u64::from(u32::from_le_bytes([e[28], e[29], e[30], e[31]]));
        Some(DirEntry {
            name,
            dir: attr & 0x10 != 0,
            first,
            size,
        })
    }

    /// A file's chain, as long as its size needs.
    pub(crate) fn file(&mut self, e: &DirEntry, path: String) -> Result<EspFile> {
        let chain = match (e.size, e.first) {
            (0, 0) => Vec::new(),
            _ => self.chain(e.first, &path)?,
        };
        if chain.len() as u64 != e.size.div_ceil(self.geo.cluster_bytes) {
            let msg = format!(
                "ESP file {path}: {} bytes in {} clusters",
                e.size,
                chain.len()
            );
            return Err(corrupt(self.base, msg));
        }
        Ok(EspFile {
            path,
            size: e.size,
            chain,
        })
    }
}
