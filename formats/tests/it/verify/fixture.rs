//! A small input tree with every entry kind (a spec adds devices, a FIFO and owners), and
//! the initramfs and ISO the writers make from it.
use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use anvil_tree::{Options, Tree, load};
use tempfile::TempDir;

/// The fixture: its directory (kept alive), the host root and the loaded tree.
pub struct Fixture {
    pub dir: TempDir,
    pub root: PathBuf,
    pub tree: Tree,
}

/// Reproducible noise: xorshift bytes from `seed`.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

const SPEC: &str = "dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\n\
    nod /dev/sda 0660 0 6 b 8 0\npipe /dev/initctl 0600 0 0\n\
    slink /bin/sh busybox 0777 0 0\nfile /etc/owned LOC 0640 1000 100\n";

impl Fixture {
    /// Builds the tree; `big` is the size of the one large (incompressible) file.
    pub fn new(big: usize) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        for d in ["bin", "etc/deep/er", "usr/lib"] {
            fs::create_dir_all(root.join(d)).unwrap();
        }
        fs::write(root.join("bin/busybox"), b"#!/bin/sh\necho hello world\n").unwrap();
        fs::write(root.join("etc/empty"), b"").unwrap();
        fs::write(root.join("etc/deep/er/text"), b"hello world\n".repeat(300)).unwrap();
        fs::write(root.join("usr/lib/big"), noise(7, big)).unwrap();
        fs::hard_link(root.join("bin/busybox"), root.join("bin/ash")).unwrap();
        fs::hard_link(root.join("bin/busybox"), root.join("usr/lib/bb")).unwrap();
        symlink("../bin/busybox", root.join("usr/lib/link")).unwrap();
        let owned = dir.path().join("owned");
        fs::write(&owned, b"owned by 1000\n").unwrap();
        let spec = dir.path().join("spec");
        fs::write(&spec, SPEC.replace("LOC", owned.to_str().unwrap())).unwrap();
        let opts = Options {
            root: Some(root.clone()),
            spec: Some(spec),
            all_root: true,
            source_date_epoch: Some(1_700_000_000),
            ..Options::default()
        };
        let tree = load(&opts).unwrap();
        Fixture { dir, root, tree }
    }

    /// The gzip-compressed initramfs of the tree, as bytes.
    pub fn initramfs(&self) -> Vec<u8> {
        let out = self.dir.path().join("initramfs.cpio.gz");
        let opts = formats::initramfs::Options::default();
        formats::initramfs::write(&self.tree, &out, &opts, &mut |_| {}).unwrap();
        fs::read(out).unwrap()
    }

    /// A path in the fixture's directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// The uncompressed bytes of a gzip file (flate2, an independent reader).
pub fn gunzip(gz: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(gz), &mut out).unwrap();
    out
}

/// `data` as one gzip member (flate2).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(data).unwrap();
    gz.finish().unwrap()
}

/// Writes `bytes` to `path` and returns it.
pub fn save(path: &Path, bytes: &[u8]) -> PathBuf {
    fs::write(path, bytes).unwrap();
    path.to_owned()
}
