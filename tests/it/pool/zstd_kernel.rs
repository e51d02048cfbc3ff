//! The kernel reads zstd blocks: a pool whose ROOT is zstd-19 imports (without the
//! `zstd_compress` feature listed, which the kernel does not check on read), `zfs get` prints
//! `zstd-19`, every file reads back with the tree's MD5, and it scrubs clean.
use super::run::Run;
use super::zfs_guest;
use crate::host::oracle;

const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=200m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool 2>&1 | sed 's/^/IMPORT|/'
zpool status anvil_pool | sed 's/^/STATUS|/'
zfs get -H -o property,value compression anvil_pool/ROOT | sed 's/^/PROP|/'
cd /mnt && md5sum text-* | sed 's/^/SUM|/'
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
    assert!(text.contains("with 0 errors"), "scrub:\n{text}");
    let sums = oracle("sh", "dash")
        .args(["-c", "md5sum text-*"])
        .current_dir(&root)
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
