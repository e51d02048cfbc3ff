//! Pools zfs-writer makes verify, and their dataset equals the tree they were made from.
use zfs_reader::{Options, Report, verify};

use zfs_writer::compress::Compression;

use super::fixture::{edited, tree, write, write_with};

fn written(ashift: u32, compression: Compression, embedded: bool) -> Report {
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("pool.img");
    let t = tree();
    write_with(&img, &t, ashift, compression, embedded);
    let opts = Options {
        tree: Some(("anvil_pool/ROOT", &t)),
        ..Options::default()
    };
    let report = verify(&img, &opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.tree_entries,
        Some(t.entries().len() as u64),
        "{report}"
    );
    let names: Vec<&str> = report.datasets.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["anvil_pool", "anvil_pool/ROOT"]);
    report
}

#[test]
fn lz4_pool_at_ashift_12_verifies_and_equals_its_tree() {
    let r = written(12, Compression::Lz4, false);
    assert!(
        r.blocks.blocks > 300 && r.allocated == r.blocks.asize,
        "{r}"
    );
}

#[test]
fn uncompressed_pool_at_ashift_9_verifies_and_equals_its_tree() {
    written(9, Compression::Off, false);
}

#[test]
fn zstd_pools_verify_and_equal_their_tree() {
    for name in ["zstd", "zstd-19", "zstd-fast-1000"] {
        let r = written(12, name.parse().unwrap(), true);
        assert!(r.allocated == r.blocks.asize, "{name}: {r}");
    }
}

#[test]
fn pool_with_embedded_blocks_verifies_equals_its_tree_and_takes_less_space() {
    let lz4 = Compression::Lz4;
    let (plain, embedded) = (written(12, lz4, false), written(12, lz4, true));
    let e = embedded.blocks;
    assert!(plain.blocks.embedded == 0 && e.embedded > 10, "{embedded}");
    assert!(
        embedded.allocated == e.asize && e.asize < plain.blocks.asize,
        "{embedded}"
    );
    // The embedded pool has the default preset's feature objects too, so more blocks in all.
    assert!(e.blocks > plain.blocks.blocks, "{embedded}");
}

/// Verifies the fixture's pool against the fixture edited by `edit`; returns the error.
fn against(edit: fn(&mut Vec<anvil_tree::Addition>)) -> String {
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("pool.img");
    write(&img, &tree(), 12, true);
    let other = edited(edit);
    let opts = Options {
        tree: Some(("anvil_pool/ROOT", &other)),
        ..Options::default()
    };
    verify(&img, &opts).unwrap_err().to_string()
}

#[test]
fn a_different_tree_is_reported() {
    let extra = against(|adds| adds.truncate(3));
    assert!(extra.contains("in the pool, not in the tree"), "{extra}");
    let content = against(|adds| {
        let bytes = [b"abc".repeat(99_999), b"abd".to_vec()].concat();
        let source = anvil_tree::Source::Bytes(bytes.into());
        adds[4].kind = anvil_tree::Kind::File {
            source,
            size: 300_000,
        };
    });
    assert!(
        content.contains("content differs at byte 299999"),
        "{content}"
    );
    let mode = against(|adds| adds[0].meta.mode = 0o600);
    assert!(mode.contains("mode is"), "{mode}");
    let xattr = against(|adds| adds[0].xattrs.pop().map_or((), drop));
    assert!(xattr.contains("xattrs"), "{xattr}");
    let link = against(|adds| adds.last_mut().unwrap().names[0] = b"many/f0000".to_vec());
    assert!(link.contains("many/f0000"), "{link}");
}
