//! The volume size for a set of files. hadris-fat needs the size before it formats, so we
//! budget generously: every file and directory may waste a whole 32 KiB cluster (the largest
//! FAT cluster), plus room for the boot sectors, both FATs and the root directory.
use crate::iso::Extra;

/// The largest cluster size a FAT volume uses, and so the most a file can waste.
const MAX_CLUSTER: u64 = 32 << 10;
/// Reserved sectors, the FAT12/16 root directory, the FAT32 FSInfo and backup boot sector.
const METADATA: u64 = 1 << 20;
/// Two FATs cost at most 1/256 of the data: 2 × 3 bytes per 2 KiB cluster (FAT12 and FAT16
/// from 16 MiB on), 2 × 4 bytes per 4 KiB cluster (FAT32); small FAT12 volumes fit `METADATA`.
const FAT_SHARE: u64 = 256;
/// The volume size is a whole number of these, so small changes keep the same geometry.
const GRANULE: u64 = 1 << 20;

/// The volume size for `files` whose lengths are `lens`: data, slack and metadata, rounded up.
pub(super) fn volume_bytes(files: &[Extra], lens: &[u64]) -> u64 {
    let dirs = files
        .iter()
        .flat_map(|f| parents(&f.path))
        .collect::<std::collections::BTreeSet<_>>()
        .len() as u64;
    let slack = (files.len() as u64 + dirs) * MAX_CLUSTER;
    let data: u64 = lens.iter().sum();
    (data + data / FAT_SHARE + slack + METADATA).div_ceil(GRANULE) * GRANULE
}

/// Every proper parent directory of `path` (`a/b/c` → `a`, `a/b`).
fn parents(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').map(|(i, _)| &path[..i])
}
