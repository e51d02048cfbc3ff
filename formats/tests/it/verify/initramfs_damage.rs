//! Damaged initramfs images: each kind of damage is an error naming what and where.
use formats::Error;
use formats::verify::initramfs_at;

use super::fixture::{gunzip, gzip};
use super::initramfs::fixture;

fn corrupt(img: &[u8], tree: Option<&anvil_tree::Tree>) -> String {
    match initramfs_at(&img, tree) {
        Err(e @ (Error::Corrupt { .. } | Error::Differs { .. })) => e.to_string(),
        other => panic!("expected a verification error, got {other:?}"),
    }
}

#[test]
fn a_changed_data_byte_differs_from_the_tree() {
    let fx = fixture();
    let mut cpio = gunzip(&fx.initramfs());
    let at = cpio.windows(11).position(|w| w == b"hello world").unwrap();
    cpio[at] = b'j';
    let img = gzip(&cpio);
    initramfs_at(&img, None).unwrap();
    let msg = corrupt(&img, Some(&fx.tree));
    assert!(msg.contains("content differs at byte"), "{msg}");
}

#[test]
fn a_bad_gzip_crc_is_named() {
    let mut img = fixture().initramfs();
    let n = img.len();
    img[n - 8] ^= 1;
    let msg = corrupt(&img, None);
    assert!(
        msg.contains("CRC-32") && msg.contains("gzip member at 0x0"),
        "{msg}"
    );
}

#[test]
fn bad_newc_headers_are_named() {
    let fx = fixture();
    let cpio = gunzip(&fx.initramfs());
    let second = 4 + cpio[4..].windows(6).position(|w| w == b"070701").unwrap();
    let cases = [
        (second, b'9', "magic"),
        (second + 6 + 8 * 11, b'G', "c_namesize"),
    ];
    for (at, byte, what) in cases {
        let mut bad = cpio.clone();
        bad[at + 5 * usize::from(what == "magic")] = byte;
        let msg = corrupt(&gzip(&bad), None);
        assert!(
            msg.contains(what) && msg.contains(&format!("{second:#x}")),
            "{msg}"
        );
    }
}
