//! The big tree: a 3000-entry directory (a fat ZAP), files at the record-size edges, a file
//! over 128 MiB (three block-tree levels), 200 MiB of noise, 200 MiB of written zeros, a sparse
//! file, short and long symlinks, hard links; `nodes.rs` adds the spec's nodes.
use std::fs::{self, File, FileTimes};
use std::os::unix::fs::{FileExt, symlink};
use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};

use tempfile::TempDir;

use crate::tree::build::{Builder, noise};

/// Entries of the fat-ZAP directory.
pub const FAT_ENTRIES: usize = 3000;
/// Sizes of the files in `edge/`: empty, one byte, one sector, one record, one record + 1.
const EDGES: [usize; 5] = [0, 1, 512, 131_072, 131_073];
/// Over 128 MiB of 128 KiB records: more pointers than one indirect block holds.
const OVER_128_MIB: usize = (129 << 20) + 7;

/// The tree under `root`, its spec, and the temp dir holding both (and the image later).
pub struct Big {
    pub dir: TempDir,
    pub root: PathBuf,
    pub spec: PathBuf,
}

impl Big {
    /// Writes the whole tree (about 630 MiB) and its spec.
    pub fn build() -> Big {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let mut b = Builder {
            root: root.clone(),
            clock: 1_700_000_000,
            dirs: vec![root.clone()],
        };
        fat_dir(&mut b);
        for (i, len) in EDGES.into_iter().enumerate() {
            b.file(&format!("edge/{len}"), &noise(100 + i as u32, len), 0o644);
        }
        b.file("large/over-128-mib", &noise(11, OVER_128_MIB), 0o644);
        b.file("large/random", &noise(12, 200 << 20), 0o600);
        b.file("large/zero", &vec![0; 200 << 20], 0o644);
        sparse(&mut b, "large/sparse");
        links(&mut b);
        b.stamp_dirs();
        let spec = super::nodes::write_spec(dir.path());
        Big { dir, root, spec }
    }
}

/// `FAT_ENTRIES` small files whose names run from 5 to 255 bytes.
fn fat_dir(b: &mut Builder) {
    b.dir("fat", 0o755);
    for i in 0..FAT_ENTRIES {
        let name = format!("{i:04}-{}", "n".repeat(i * 37 % 251));
        b.file(&format!("fat/{name}"), format!("{i}\n").as_bytes(), 0o644);
    }
}

/// A 100 MiB file with no blocks on the host but 4 KiB of noise in its middle.
fn sparse(b: &mut Builder, rel: &str) {
    let file = File::create(b.root.join(rel)).unwrap();
    file.set_len(100 << 20).unwrap();
    file.write_all_at(&noise(13, 4096), 50 << 20).unwrap();
    b.clock += 1000;
    let t = UNIX_EPOCH + Duration::new(b.clock as u64, 5);
    file.set_times(FileTimes::new().set_modified(t).set_accessed(t))
        .unwrap();
}

/// A file with three names, and symlinks whose targets take 10 and 1000 bytes (the long one
/// does not fit in the dnode's bonus buffer: an SA spill block).
fn links(b: &mut Builder) {
    b.file("links/a", b"three names, one inode\n", 0o640);
    b.dir("links/sub", 0o755);
    fs::hard_link(b.root.join("links/a"), b.root.join("links/b")).unwrap();
    fs::hard_link(b.root.join("links/a"), b.root.join("links/sub/c")).unwrap();
    symlink("0123456789", b.root.join("links/short")).unwrap();
    symlink("seg/".repeat(250), b.root.join("links/long")).unwrap();
}
