//! Damaged ISO images: a changed data byte (seen only with the tree), a bad El Torito
//! checksum, a directory extent past the image end, a bad GPT CRC.
use formats::Error;
use formats::verify::iso_at;

use super::fixture::Fixture;
use super::fixture_iso::kernel;

fn error(img: &[u8], tree: Option<&anvil_tree::Tree>) -> String {
    match iso_at(&img, tree) {
        Err(e @ (Error::Corrupt { .. } | Error::Differs { .. })) => e.to_string(),
        other => panic!("expected a verification error, got {other:?}"),
    }
}

fn le32(b: &[u8], at: usize) -> usize {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap()) as usize
}

#[test]
fn a_changed_data_byte_differs_from_the_tree() {
    let fx = Fixture::new(5000);
    let mut img = fx.iso(true, true);
    let at = img
        .windows(24)
        .position(|w| w == b"hello world\nhello world\n")
        .unwrap();
    img[at + 3] = b'L';
    iso_at(&img, None).unwrap();
    let msg = error(&img, Some(&fx.tree));
    assert!(
        msg.contains("/etc/deep/er/text: content differs at byte 3"),
        "{msg}"
    );
}

#[test]
fn a_bad_el_torito_checksum_is_named() {
    let mut img = Fixture::new(5000).iso(true, true);
    let catalog = le32(&img, 17 * 2048 + 71) * 2048;
    img[catalog + 4] ^= 0x20;
    let msg = error(&img, None);
    assert!(
        msg.contains("validation entry") && msg.contains(&format!("{catalog:#x}")),
        "{msg}"
    );
}

#[test]
fn a_directory_extent_past_the_end_is_named() {
    let mut img = Fixture::new(5000).iso(false, false);
    let root = le32(&img, 16 * 2048 + 156 + 2) * 2048;
    let rec = root
        + img[root..root + 2048]
            .windows(4)
            .position(|w| w == b"\x03ETC")
            .unwrap()
        - 32;
    let far = 0x00ff_ffff_u32;
    img[rec + 2..rec + 6].copy_from_slice(&far.to_le_bytes());
    img[rec + 6..rec + 10].copy_from_slice(&far.to_be_bytes());
    let msg = error(&img, None);
    assert!(
        msg.contains("run past the image end") && msg.contains("0x7fffff800"),
        "{msg}"
    );
}

#[test]
fn a_bad_gpt_crc_is_named() {
    let mut img = Fixture::new(5000).iso(true, true);
    img[512 + 40] ^= 1;
    let msg = error(&img, None);
    assert!(
        msg.contains("GPT header CRC32") && msg.contains("0x210"),
        "{msg}"
    );
}

#[test]
fn an_esp_copy_that_differs_from_the_iso_is_named() {
    let mut img = Fixture::new(5000).iso(true, true);
    let kernel = kernel();
    let copies: Vec<usize> = (0..img.len() - 64)
        .filter(|&i| img[i..i + 64] == kernel[..64])
        .collect();
    assert_eq!(copies.len(), 2, "the kernel is in the ISO and in the ESP");
    img[copies[1] + 100] ^= 1;
    let msg = error(&img, None);
    assert!(
        msg.contains("ESP file boot/bzImage differs from the ISO's /boot/bzImage"),
        "{msg}"
    );
}
