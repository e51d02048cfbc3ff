//! zfs-reader's `verify` on the pool images `zdb -bcc` examined: it must pass where zdb does
//! and count the same blocks and allocated bytes.
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files of `dir` that are pool images: at least 64 MiB (`SPA_MINDEVSIZE`, zdb's own scan
/// limit) with an XDR nvlist where label 0 keeps its config.
fn pool_images(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    found.sort();
    found.retain(|p| {
        let big = fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() >= 64 << 20);
        let mut head = [0; (16 << 10) + 4];
        let read = big
            && fs::File::open(p)
                .and_then(|mut f| f.read_exact(&mut head))
                .is_ok();
        read && head[16 << 10..] == [1, 1, 0, 0]
    });
    found
}

/// The number zdb printed after `label` ("bp count:", "bp allocated:").
fn zdb_number(bcc: &str, label: &str) -> u64 {
    let line = bcc.lines().find_map(|l| l.trim().strip_prefix(label));
    let word = line.and_then(|l| l.split_whitespace().next());
    word.and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no {label} in:\n{bcc}"))
}

/// Every pool image in `dir` verifies; with one image, its counts equal zdb's in `bcc`.
pub fn assert_verifies_like_zdb(dir: &Path, bcc: &str) {
    let images = pool_images(dir);
    assert!(!images.is_empty(), "no pool image in {}", dir.display());
    for img in &images {
        let report = match zfs_reader::verify(img, &zfs_reader::Options::default()) {
            // Once the kernel has written to it, a pool keeps recent allocations in log
            // space maps, which zfs-reader does not replay (it says so); zdb judged it.
            Err(e) if e.to_string().contains("log space maps") => continue,
            r => r.unwrap_or_else(|e| {
                panic!("zfs-reader on {}: {e}\nzdb said:\n{bcc}", img.display())
            }),
        };
        if images.len() == 1 {
            let (blocks, asize) = (
                zdb_number(bcc, "bp count:"),
                zdb_number(bcc, "bp allocated:"),
            );
            // Printed only when there are some (BP_EMBEDDED_TYPE_DATA is type 0).
            let embedded = bcc
                .contains("non-pointer bps of type 0:")
                .then(|| zdb_number(bcc, "additional, non-pointer bps of type 0:"));
            assert_eq!(
                (
                    report.blocks.blocks,
                    report.blocks.asize,
                    report.blocks.embedded
                ),
                (blocks, asize, embedded.unwrap_or(0)),
                "{report}\nzdb:\n{bcc}"
            );
        }
    }
}

#[test]
fn zfs_reader_finds_the_fixture_tree_in_the_pool() {
    let fx = crate::tree::fixture::Fixture::build();
    let img = super::build(&fx, "verify", &["--size", "128M"]);
    let opts = anvil_tree::Options {
        root: Some(fx.root.clone()),
        spec: Some(fx.spec.clone()),
        source_date_epoch: Some(crate::tree::fixture::EPOCH),
        ..anvil_tree::Options::default()
    };
    let tree = anvil_tree::load(&opts).unwrap();
    let with_tree = zfs_reader::Options {
        tree: Some(("anvil_pool/ROOT", &tree)),
        ..zfs_reader::Options::default()
    };
    let report = zfs_reader::verify(&img, &with_tree).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.tree_entries,
        Some(tree.entries().len() as u64),
        "{report}"
    );
}
