//! The kernel reads zstd blocks: a pool whose ROOT is zstd-19 imports with `zstd_compress`
//! active, `zfs get` prints `zstd-19`, every file reads back with the tree's MD5, a file
//! written then reads back too, and it scrubs clean.
use std::path::Path;

use super::run::Run;
use super::zfs_guest;
use crate::host::oracle;

const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=200m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool 2>&1 | sed 's/^/IMPORT|/'
zpool status anvil_pool | sed 's/^/STATUS|/'
zfs get -H -o property,value compression anvil_pool/ROOT | sed 's/^/PROP|/'
zpool get -H -o property,value feature@zstd_compress anvil_pool | sed 's/^/PROP|/'
cd /mnt && md5sum text-* | sed 's/^/SUM|/'
cat text-24 text-23 | tee /mnt/written | md5sum | sed 's/^/A|/'
cd / && zpool export anvil_pool && zpool import -d /pool -R /mnt anvil_pool
md5sum < /mnt/written | sed 's/^/B|/'
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
"#;

#[test]
fn the_kernel_imports_and_reads_a_zstd_pool() {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    super::zstd::tree_of_text(&root);
    let out = work.path().join("rootfs.img");
    let extra = ["--size", "64M", "--compression", "zstd-19"];
    let (spec, extra) = (None, &extra[..]);
    Run {
        root: &root,
        spec,
        out: &out,
        extra,
    }
    .ok();
    let outcome = zfs_guest().disk(&out, true).memory_mib(1024).run(SCRIPT);
    let text = outcome.succeeded();
    assert!(
        text.contains("STATUS|errors: No known data errors"),
        "{text}"
    );
    assert!(text.contains("PROP|compression\tzstd-19"), "{text}");
    assert!(
        text.contains("PROP|feature@zstd_compress\tactive"),
        "{text}"
    );
    assert!(text.contains("with 0 errors"), "scrub:\n{text}");
    let line = |tag: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(tag))
            .map(str::to_owned)
    };
    let written = line("A|");
    assert!(written.is_some() && written == line("B|"), "{text}");
    assert_sums(&root, text);
}

/// The guest's `SUM|` lines equal `md5sum text-*` of the tree at `root`.
fn assert_sums(root: &Path, text: &str) {
    let sums = oracle("sh", "dash")
        .args(["-c", "md5sum text-*"])
        .current_dir(root)
        .output()
        .unwrap();
    let want = String::from_utf8_lossy(&sums.stdout).into_owned();
    let got: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("SUM|"))
        .collect();
    assert_eq!(
        got,
        want.lines().collect::<Vec<_>>(),
        "the kernel read other bytes"
    );
}
