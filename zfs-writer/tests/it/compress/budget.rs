//! zstd under OpenZFS's rules: kept only when it saves 12.5 % and a whole allocation unit,
//! padded to the unit, never over the budget, and the early abort from zstd-3 on
//! (zio.c `zio_write_compress`, zfs_zstd.c `zfs_zstd_compress_buf`).
use zfs_writer::compress::{
    Compression, Stored, ZstdLevel, decide, zstd_compress, zstd_decompress,
};

use super::zstd_block::{noise, text};

#[test]
fn decide_pads_zstd_to_whole_units_and_keeps_raw_what_saves_too_little() {
    let zstd = Compression::Zstd(ZstdLevel::DEFAULT);
    let Stored::Zstd(bytes) = decide(&text(), zstd, 12, false) else {
        panic!("text should compress with zstd")
    };
    assert_eq!(bytes.len() % 4096, 0);
    assert!(bytes.len() <= 131072 - 131072 / 8);
    assert_eq!(zstd_decompress(&bytes, 131072).unwrap(), text());
    assert_eq!(decide(&noise(), zstd, 12, false), Stored::Raw);
    assert_eq!(decide(&[0; 131072], zstd, 12, false), Stored::Hole);
    // 4 KiB at ashift 12 can never save a whole unit.
    assert_eq!(decide(&text()[..4096], zstd, 12, false), Stored::Raw);
}

#[test]
fn a_frame_over_the_budget_is_refused() {
    // A budget of exactly the block's size is enough; one byte under it never is.
    let level = ZstdLevel::level(2).unwrap();
    let block = zstd_compress(&text(), 131_072, level).unwrap();
    let roomy = zstd_compress(&text(), block.len(), level);
    assert_eq!(
        roomy,
        Some(block.clone()),
        "the frame does not depend on the budget"
    );
    assert!(zstd_compress(&text(), block.len() - 1, level).is_none());
}

#[test]
fn from_zstd_3_a_block_neither_lz4_nor_zstd_1_fits_is_given_up() {
    // OpenZFS's early abort (zfs_zstd.c `zfs_zstd_compress_buf`): zstd-3's frame fits the
    // budget, but lz4 and zstd-1 need more, so the block is
    // left raw; a block under 128 KiB is not put through the abort.
    let three = ZstdLevel::level(3).unwrap();
    let budget = zstd_compress(&text(), 131_072, three).unwrap().len() + 64;
    let one = zstd_compress(&text(), 131_072, ZstdLevel::level(1).unwrap()).unwrap();
    assert!(
        one.len() > budget,
        "zstd-1 should need more than zstd-3 here"
    );
    assert!(zstd_compress(&text(), budget, three).is_none());
    let short = &text()[..131_071];
    let budget = zstd_compress(short, 131_072, three).unwrap().len() + 64;
    assert!(
        zstd_compress(short, budget, three).is_some(),
        "under 128 KiB: no abort"
    );
}
