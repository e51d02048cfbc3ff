//! Pools written with user/group/project accounting: they verify (the used ZAPs equal the
//! sums over the dnodes) and equal their tree; one used entry off by one, its checksums made
//! good again, is reported with the object and the entry.
use anvil_tree::{Addition, Tree};
use zfs_reader::{Options, verify, verify_source};
use zfs_writer::compress::Compression;
use zfs_writer::pool::{DatasetOptions, PoolOptions, PropValue, write_pool};

use super::fixture::edited;
use super::surgery::Img;

/// The fixture with owners 1000:100, 0:0 and 7:8 in turn.
fn owners(adds: &mut [Addition]) {
    for (i, a) in adds.iter_mut().enumerate() {
        (a.meta.uid, a.meta.gid) = [(1000, 100), (0, 0), (7, 8)][i % 3];
    }
}

/// The pool of `tree` with accounting, uncompressed (so surgery can rewrite its blocks).
fn pool(tree: &Tree) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("pool.img");
    let root = DatasetOptions {
        name: "ROOT".into(),
        tree: tree.clone(),
        props: vec![("mountpoint".into(), PropValue::Text("/".into()))],
        snapshots: Vec::new(),
    };
    let opts = PoolOptions {
        size: 128 << 20,
        compression: Compression::Off,
        compress_metadata: false,
        threads: 2,
        datasets: vec![root],
        ..PoolOptions::default()
    };
    write_pool(&img, &opts, &|_| {}).expect("write_pool");
    std::fs::read(img).unwrap()
}

#[test]
fn an_accounting_pool_verifies_and_equals_its_tree() {
    let tree = edited(|adds| owners(adds));
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("pool.img");
    std::fs::write(&img, pool(&tree)).unwrap();
    let opts = Options {
        tree: Some(("ROOT", &tree)),
        ..Options::default()
    };
    let report = verify(&img, &opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.tree_entries, Some(tree.entries().len() as u64));
}

#[test]
fn a_used_entry_off_by_one_is_reported() {
    let mut img = Img::new(pool(&edited(|adds| owners(adds))));
    // The first dataset with an object set that says its accounting is complete (flags 7).
    let (chain, ds_bp, os) = (1..60)
        .map(|o| img.mos_dnode(o))
        .filter(|(_, dn)| img.b[*dn + 4] == 16)
        .map(|(chain, dn)| (chain, dn + 64 + usize::from(img.b[dn + 3]) * 128 + 128))
        .filter(|(_, ds_bp)| img.u64(*ds_bp + 48) != 0)
        .map(|(chain, ds_bp)| (chain, ds_bp, img.block(ds_bp).0))
        .find(|(_, _, os)| img.u64(os + 712) == 7)
        .expect("a dataset with accounting");
    // Object -1's micro ZAP: 64-byte entries after the header, value first, name at 14.
    let (down, zap) = img.descend(os + 1024, 0).expect("the user-used ZAP block");
    let entry = (zap + 64..zap + 512)
        .step_by(64)
        .find(|e| img.b[e + 14..e + 18] == *b"obj-")
        .expect("an obj- entry");
    let value = img.u64(entry) + 1;
    img.b[entry..entry + 8].copy_from_slice(&value.to_le_bytes());
    img.reseal(&[chain, vec![ds_bp], down].concat());
    let err = verify_source(&img.b, &Options::default()).unwrap_err();
    let err = err.to_string();
    assert!(
        err.contains("user-used object -1") && err.contains("obj-") && err.contains("dnodes sum"),
        "{err}"
    );
}
