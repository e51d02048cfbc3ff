//! The ESP's FAT volume, structurally (Microsoft FAT specification 1.03): the geometry,
//! identical FAT copies, the media byte in FAT[0], and cluster chains that stay in range,
//! end, and are never shared (see `fat_dir` for the directories).
use std::collections::HashSet;

use super::fat_geometry::{Geometry, geometry};
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};
use crate::verify::read_at::ReadAt;

/// A FAT volume at byte `base` of the image.
pub(crate) struct Fat<'i> {
    pub img: &'i dyn ReadAt,
    pub base: u64,
    pub geo: Geometry,
    /// For FAT32, the root directory's first cluster.
    pub root_cluster: u32,
    table: Vec<u8>,
    /// Clusters already owned by a file or directory.
    used: HashSet<u32>,
}

/// Reads the boot sector and FATs of the volume of `len` bytes at `base`.
pub(crate) fn open(img: &dyn ReadAt, base: u64, len: u64) -> Result<Fat<'_>> {
    let b = bytes(img, base, 512, "FAT boot sector")?;
    let geo = geometry(&b, base, len)?;
    let table = bytes(img, base + geo.fat_start, geo.fat_bytes, "FAT")?;
    for copy in 1..geo.fats {
        let at = base + geo.fat_start + copy * geo.fat_bytes;
        if bytes(img, at, geo.fat_bytes, "FAT copy")? != table {
            return Err(corrupt(at, "FAT copies differ"));
        }
    }
    if table[0] != b[21] {
        return Err(corrupt(
            base + geo.fat_start,
            "FAT[0] does not hold the media byte",
        ));
    }
    let root_cluster = match geo.bits {
        32 => u32::from_le_bytes(b[44..48].try_into().expect("4 bytes")),
        _ => 0,
    };
    let used = HashSet::new();
    Ok(Fat {
        img,
        base,
        geo,
        root_cluster,
        table,
        used,
    })
}

impl Fat<'_> {
    /// The FAT entry of cluster `n` (in range: checked by the caller).
    fn next(&self, n: u32) -> u32 {
        let n = n as usize;
        let at = |i: usize| u32::from(self.table[i]);
        match self.geo.bits {
            12 => {
                let v = at(n * 3 / 2) | at(n * 3 / 2 + 1) << 8;
                if n.is_multiple_of(2) {
                    v & 0xfff
                } else {
                    v >> 4
                }
            }
            16 => at(2 * n) | at(2 * n + 1) << 8,
            _ => {
                let b = [at(4 * n), at(4 * n + 1), at(4 * n + 2), at(4 * n + 3)];
                (b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24) & 0x0fff_ffff
            }
        }
    }

    /// The clusters of the chain from `first`, each claimed for `what`.
    pub(crate) fn chain(&mut self, first: u32, what: &str) -> Result<Vec<u32>> {
        let eoc = match self.geo.bits {
            12 => 0xff8,
            16 => 0xfff8,
            _ => 0x0fff_fff8,
        };
        let (mut out, mut n) = (Vec::new(), first);
        loop {
            let in_range = n >= 2 && u64::from(n) < u64::from(self.geo.clusters) + 2;
            if !in_range || !self.used.insert(n) {
                let msg = format!("{what}: cluster {n} is out of range or already used");
                return Err(corrupt(self.base, msg));
            }
            out.push(n);
            n = self.next(n);
            if n >= eoc {
                return Ok(out);
            }
        }
    }
}
