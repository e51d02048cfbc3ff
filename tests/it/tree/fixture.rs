//! The initramfs tests' input: a few hundred entries of every kind, plus a spec with devices.
use std::path::PathBuf;

use tempfile::TempDir;

use super::build::{Builder, noise};
use super::spec;

/// `SOURCE_DATE_EPOCH` for these tests: after every fixture time, so only spec entries get it.
pub const EPOCH: i64 = 2_000_000_000;

/// The tree (`root`), the spec applied over it, and the temp dir holding both.
pub struct Fixture {
    pub dir: TempDir,
    pub root: PathBuf,
    pub spec: PathBuf,
}

impl Fixture {
    /// Builds the tree; owners other than root's are set only when running as root.
    pub fn build() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let mut b = Builder {
            root: root.clone(),
            clock: 1_600_000_000,
            dirs: vec![root.clone()],
        };
        b.populate();
        b.stamp_dirs();
        let spec = spec::write(dir.path());
        Fixture { dir, root, spec }
    }
}

impl Builder {
    fn populate(&mut self) {
        for i in 0..40u32 {
            let modes = [0o644, 0o600, 0o755, 0o4755, 0o2755, 0o640, 0o444, 0o700];
            self.file(
                &format!("etc/conf-{i:02}"),
                &format!("conf {i}\n").repeat(i as usize + 1).into_bytes(),
                modes[i as usize % 8],
            );
        }
        for d in 0..10u32 {
            for f in 0..25u32 {
                self.file(
                    &format!("usr/share/many/d{d:02}/f{f:02}"),
                    &noise(d * 25 + f, (d * f * 37 % 5000) as usize),
                    0o644,
                );
            }
        }
        self.file("big/five-mib", &noise(7, 5 << 20), 0o644);
        self.file("empty-file", b"", 0o644);
        self.dir("empty-dir", 0o755);
        self.dir("sticky", 0o1777);
        self.file("bin/busybox", b"not really busybox\n", 0o755);
        self.file("name with spaces", b"spaces\n", 0o644);
        self.file("h\u{e9}llo w\u{f6}rld.txt", "héllo\n".as_bytes(), 0o644);
        self.file(
            std::str::from_utf8(&[b'l'; 255]).unwrap(),
            b"255-byte name\n",
            0o644,
        );
        self.links();
        self.owners();
    }
}
