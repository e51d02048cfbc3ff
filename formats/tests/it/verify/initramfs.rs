//! The initramfs verifier on images our writer and GNU cpio make, and on damaged copies.
use formats::verify::{initramfs, initramfs_at};

use super::fixture::{Fixture, gunzip, gzip, save};
use crate::oracle::pipe;

pub fn fixture() -> Fixture {
    Fixture::new(200_000)
}

#[test]
fn our_initramfs_equals_its_tree() {
    let fx = fixture();
    let path = save(&fx.path("i.gz"), &fx.initramfs());
    let report = initramfs(&path, Some(&fx.tree)).unwrap();
    assert_eq!(report.entries as usize, fx.tree.entries().len() - 1);
    assert_eq!(report.file_bytes, fx.tree.file_bytes());
    assert_eq!(
        (report.members, report.archives, report.hard_links),
        (1, 1, 2)
    );
    assert_eq!((report.specials, report.symlinks), (3, 2));
    assert!(report.to_string().contains("equal to the tree"), "{report}");
}

#[test]
fn uncompressed_and_multi_member_images_pass() {
    let fx = fixture();
    let cpio = gunzip(&fx.initramfs());
    let raw = initramfs_at(&cpio, Some(&fx.tree)).unwrap();
    assert_eq!((raw.members, raw.archives), (0, 1));
    let (a, b) = cpio.split_at(cpio.len() / 3);
    let two = [gzip(a), gzip(b)].concat();
    let report = initramfs_at(&two, Some(&fx.tree)).unwrap();
    assert_eq!((report.members, report.archives), (2, 1));
    // An early-microcode style raw archive in front of the compressed one, zero padded.
    let both = [&cpio[..], &[0u8; 512][..], &gzip(&cpio)].concat();
    let report = initramfs_at(&both, None).unwrap();
    assert_eq!((report.members, report.archives), (1, 2));
}

#[test]
fn gnu_cpio_archives_pass_with_data_on_the_last_link() {
    let fx = fixture();
    let names = pipe(
        "find",
        "findutils",
        &[
            fx.root.to_str().unwrap(),
            "-mindepth",
            "1",
            "-printf",
            "%P\\n",
        ],
        b"",
    );
    let mut sorted: Vec<&[u8]> = names
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    sorted.sort();
    let list = sorted.join(&b'\n');
    let dir = fx.root.to_str().unwrap();
    let cpio = pipe(
        "cpio",
        "cpio",
        &["-o", "-H", "newc", "--quiet", "-D", dir],
        &list,
    );
    let report = initramfs_at(&cpio, None).unwrap();
    assert_eq!(report.entries as usize, sorted.len());
    assert_eq!(report.hard_links, 2);
}
