//! Primitive steps of building a fixture: files and directories with chosen modes and times.
use std::fs::{self, File, FileTimes};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, UNIX_EPOCH};

/// Creates entries under `root`, each with a later mtime than the one before.
pub struct Builder {
    pub root: PathBuf,
    pub clock: i64,
    pub dirs: Vec<PathBuf>,
}

impl Builder {
    /// A file with `data`, `mode` and the next mtime (with nanoseconds); parents as needed.
    pub fn file(&mut self, rel: &str, data: &[u8], mode: u32) {
        let path = self.root.join(rel);
        self.parents(&path);
        fs::write(&path, data).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        self.stamp(&path);
    }

    /// A directory with `mode`; its mtime is set by [`Builder::stamp_dirs`] once it is full.
    pub fn dir(&mut self, rel: &str, mode: u32) {
        let path = self.root.join(rel);
        self.parents(&path);
        fs::create_dir(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
        self.dirs.push(path);
    }

    /// Gives every directory its mtime, deepest first, after all its entries exist.
    pub fn stamp_dirs(&mut self) {
        let mut dirs = std::mem::take(&mut self.dirs);
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        dirs.iter().for_each(|d| self.stamp(d));
    }

    fn parents(&mut self, path: &std::path::Path) {
        let mut missing = Vec::new();
        let mut dir = path.parent().unwrap().to_owned();
        while !dir.exists() {
            missing.push(dir.clone());
            dir = dir.parent().unwrap().to_owned();
        }
        for d in missing.into_iter().rev() {
            fs::create_dir(&d).unwrap();
            self.dirs.push(d);
        }
    }

    fn stamp(&mut self, path: &std::path::Path) {
        self.clock += 1000;
        let t = UNIX_EPOCH + Duration::new(self.clock as u64, 123_456_789);
        File::open(path)
            .unwrap()
            .set_times(FileTimes::new().set_modified(t).set_accessed(t))
            .unwrap();
    }
}

/// `len` deterministic pseudo-random bytes (xorshift64*), different for each `seed`.
pub fn noise(seed: u32, len: usize) -> Vec<u8> {
    let mut x = 0x9E37_79B9_7F4A_7C15u64 ^ u64::from(seed).wrapping_mul(0xD1B5_4A32_D192_ED03);
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out.extend_from_slice(&x.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Whether this process runs as root (`/proc/self` belongs to the effective uid).
pub fn is_root() -> bool {
    fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}
