//! The FAT boot sector's geometry (Microsoft FAT specification §3): sector and cluster
//! sizes, reserved sectors, FAT copies and size, the root directory, and the FAT type the
//! cluster count implies.
use super::super::both_endian::Field;
use crate::error::Result;
use crate::verify::bounds::{MAX_READ, corrupt};

/// Where everything is, in bytes from the volume's start.
pub(crate) struct Geometry {
    pub cluster_bytes: u64,
    /// The first FAT, the size of one FAT and the number of copies.
    pub fat_start: u64,
    pub fat_bytes: u64,
    pub fats: u64,
    /// The FAT12/16 root directory's offset and size.
    pub root_dir: (u64, u64),
    /// Offset of cluster 2.
    pub data_start: u64,
    pub clusters: u32,
    /// 12, 16 or 32.
    pub bits: u32,
}

/// Decodes boot sector `b` of a volume of `len` bytes at image offset `base`.
pub(crate) fn geometry(b: &[u8], base: u64, len: u64) -> Result<Geometry> {
    let f = Field { b, base };
    let (bps, spc) = (u64::from(f.le16(11, "bytes per sector")?), u64::from(b[13]));
    let (reserved, fats) = (u64::from(f.le16(14, "reserved")?), u64::from(b[16]));
    let root_entries = u64::from(f.le16(17, "root entries")?);
    let total = either(f.le16(19, "total sectors")?, f.le32(32, "total sectors")?);
    let fat_size = either(f.le16(22, "FAT size")?, f.le32(36, "FAT size")?);
    let sizes_ok = [512, 1024, 2048, 4096].contains(&bps) && spc.is_power_of_two() && spc <= 128;
    let counts_ok = reserved > 0 && (1..=2).contains(&fats) && total * bps <= len;
    if b[510..512] != [0x55, 0xAA] || !sizes_ok || !counts_ok {
        return Err(corrupt(base, "not a FAT boot sector that fits the ESP"));
    }
    let root_bytes = (root_entries * 32).next_multiple_of(bps);
    let data_start = (reserved + fats * fat_size) * bps + root_bytes;
    let data = (total * bps).checked_sub(data_start);
    let data = data.ok_or_else(|| corrupt(base, "FAT metadata larger than the volume"))?;
    let clusters = u32::try_from(data / bps / spc).unwrap_or(u32::MAX);
    let bits = match clusters {
        0..4085 => 12,
        4085..65525 => 16,
        _ => 32,
    };
    let fat_bytes = fat_size * bps;
    if fat_bytes > MAX_READ || (u64::from(clusters) + 2) * u64::from(bits) > fat_bytes * 8 {
        return Err(corrupt(
            base + 22,
            "FAT size does not fit the cluster count",
        ));
    }
    Ok(Geometry {
        cluster_bytes: bps * spc,
        fat_start: reserved * bps,
        fat_bytes,
        fats,
        root_dir: (data_start - root_bytes, root_bytes),
        data_start,
        clusters,
        bits,
    })
}

/// The 16-bit field, or the 32-bit one when the 16-bit one is 0.
fn either(short: u16, long: u32) -> u64 {
    match short {
        0 => long.into(),
        n => n.into(),
    }
}
