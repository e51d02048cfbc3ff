//! The ESP's directories: 32-byte entries (long names where present), each file's
//! chain as long as its size needs, subdirectories followed once, and a UEFI loader present
//! at `EFI/BOOT/BOOT*.EFI` (UEFI 2.10 §3.5.1.1).
use super::fat::Fat;
use super::fat_entry::EspFile;
use super::fat_lfn::Lfn;
use crate::error::Result;
use crate::verify::bounds::{MAX_READ, bytes, corrupt};

/// Deepest directory nesting read.
const MAX_DEPTH: usize = 16;

impl Fat<'_> {
    /// Every file's path and size, the tree walked from the root.
    pub(crate) fn files(&mut self) -> Result<Vec<EspFile>> {
        let root = match self.geo.bits {
            32 => self.cluster_data(self.root_cluster, "root directory")?,
            _ => {
                let (at, len) = self.geo.root_dir;
                bytes(self.img, self.base + at, len, "FAT root directory")?
            }
        };
        let mut out = Vec::new();
        self.dir(&root, "", 0, &mut out)?;
        let loader = |p: &str| p.starts_with("EFI/BOOT/BOOT") && p.ends_with(".EFI");
        match out.iter().any(|f| loader(&f.path.to_uppercase())) {
            true => Ok(out),
            false => Err(corrupt(
                self.base,
                "the ESP has no EFI/BOOT/BOOT*.EFI loader",
            )),
        }
    }

    fn dir(&mut self, data: &[u8], path: &str, depth: usize, out: &mut Vec<EspFile>) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err(corrupt(
                self.base,
                format!("ESP directories nested over {MAX_DEPTH} deep"),
            ));
        }
        let mut lfn = Lfn::default();
        for raw in data.chunks_exact(32) {
            if raw[0] == 0 {
                break;
            }
            if raw[11] & 0x3f == 0x0f && raw[0] != 0xe5 {
                lfn.push(raw);
                continue;
            }
            let long = lfn.take(&raw[..11]);
            let Some(mut e) = self.entry(raw) else {
                continue;
            };
            e.name = long.unwrap_or(e.name);
            let full = if path.is_empty() {
                e.name.clone()
            } else {
                format!("{path}/{}", e.name)
            };
            if e.dir {
                let sub = self.cluster_data(e.first, &full)?;
                self.dir(&sub, &full, depth + 1, out)?;
            } else {
                out.push(self.file(&e, full)?);
            }
        }
        Ok(())
    }

    /// The bytes of the chain from `first`.
    fn cluster_data(&mut self, first: u32, what: &str) -> Result<Vec<u8>> {
        let chain = self.chain(first, what)?;
        if chain.len() as u64 * self.geo.cluster_bytes > MAX_READ {
            return Err(corrupt(
                self.base,
                format!("ESP directory {what} is over the read limit"),
            ));
        }
        let mut data = Vec::new();
        for c in chain {
            let at = self.base + self.geo.data_start + u64::from(c - 2) * self.geo.cluster_bytes;
            data.extend(bytes(
                self.img,
                at,
                self.geo.cluster_bytes,
                "ESP directory",
            )?);
        }
        Ok(data)
    }
}
