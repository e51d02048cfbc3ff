//! One changed byte in a data block, a metadata block, a label, an uberblock: each reported
//! as what and where.
use zfs_reader::{Options, verify_source};

use super::fixture::{noise, tree, write};
use super::surgery::Img;

/// The fixture's pool at ashift 12, in memory.
pub fn pool(compression: bool) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("pool.img");
    write(&img, &tree(), 12, compression);
    std::fs::read(img).unwrap()
}

fn error_after(mut img: Vec<u8>, at: usize) -> String {
    img[at] ^= 0x10;
    let err = verify_source(&img, &Options::default()).expect_err("the change is found");
    err.to_string()
}

fn find(img: &[u8], needle: &[u8]) -> usize {
    img.windows(needle.len())
        .position(|w| w == needle)
        .expect("pattern in the image")
}

#[test]
fn a_changed_data_block_is_reported_with_its_object_and_dva() {
    let img = pool(true);
    let at = find(&img, &noise(64, 1)) + 5000;
    let err = error_after(img, at);
    assert!(
        err.contains("fletcher4 checksum") && err.contains("object") && err.contains("DVA <0:"),
        "{err}"
    );
}

#[test]
fn a_changed_metadata_block_is_reported() {
    let img = pool(false);
    let at = find(&img, b"f0123\0");
    let err = error_after(img, at);
    assert!(err.contains("checksum") && err.contains("object"), "{err}");
}

#[test]
fn a_changed_label_or_uberblock_is_reported() {
    let img = pool(true);
    let label = error_after(img.clone(), (16 << 10) + 300);
    assert!(
        label.contains("label 0") && label.contains("vdev_phys checksum"),
        "{label}"
    );
    let last = img.len() - (256 << 10) + (16 << 10) + 300;
    assert!(error_after(img.clone(), last).contains("label 3"));
    let slot = Img::new(img.clone());
    let ub = (0..32)
        .map(|i| (128 << 10) + i * 4096)
        .find(|s| slot.u64(*s) == 0xbab10c)
        .unwrap();
    let err = error_after(img, ub + 100);
    assert!(err.contains("uberblock slot"), "{err}");
}
