//! GNU cpio and gzip judge the archive: `gzip -t`, then `cpio -idm` into an empty directory
//! must give back the fixture tree, spec entries included, entry for entry (type, mode, owner,
//! size, links, mtime, SHA-256, target, device numbers).
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use super::assemble_ok;
use crate::host::oracle;
use crate::tree::build::is_root;
use crate::tree::fixture::Fixture;
use crate::tree::{self, Manifest, manifest, spec};

#[test]
fn gnu_cpio_extracts_the_same_tree() {
    assert!(
        is_root(),
        "extracting device nodes needs root: run the suite as root (CI does)"
    );
    let fx = Fixture::build();
    let out = fx.dir.path().join("initramfs.cpio.gz");
    let flags = ["--root", "--spec", "--out"].map(Path::new);
    assemble_ok(&[flags[0], &fx.root, flags[1], &fx.spec, flags[2], &out]);
    let gzip = oracle("gzip", "gzip").arg("-t").arg(&out).status().unwrap();
    assert!(gzip.success(), "gzip -t rejects the initramfs");
    let dest = extract(&out, fx.dir.path());
    let want = spec::expected(manifest::of_dir(&fx.root), fx.dir.path());
    let mut got = manifest::of_dir(&dest);
    forgive_gnu_cpio_times(&want, &mut got);
    tree::assert_same(&want, &got);
    assert!(want.len() > 300, "the fixture has {} entries", want.len());
}

/// GNU cpio 2.13 sets no symlink times and sets a directory's time before filling it, so
/// those two mtimes are taken from `want`; the kernel test (`boot.rs`) checks them exactly.
fn forgive_gnu_cpio_times(want: &Manifest, got: &mut Manifest) {
    for (path, record) in got
        .iter_mut()
        .filter(|(_, r)| r.kind == 'd' || r.kind == 'l')
    {
        if let Some(w) = want.get(path) {
            record.mtime = w.mtime;
        }
    }
}

/// `gzip -dc` then `cpio -idm` into `work/extracted`.
fn extract(archive: &Path, work: &Path) -> PathBuf {
    let plain = oracle("gzip", "gzip")
        .arg("-dc")
        .arg(archive)
        .output()
        .unwrap();
    let plain_path = work.join("initramfs.cpio");
    std::fs::write(&plain_path, &plain.stdout).unwrap();
    let dest = work.join("extracted");
    std::fs::create_dir(&dest).unwrap();
    let cpio = oracle("cpio", "cpio")
        .args(["-idm", "--quiet"])
        .current_dir(&dest)
        .stdin(File::open(&plain_path).unwrap())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        cpio.status.success(),
        "cpio -idm failed: {}",
        String::from_utf8_lossy(&cpio.stderr)
    );
    dest
}
