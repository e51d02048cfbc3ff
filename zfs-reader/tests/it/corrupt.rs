//! One changed byte in a data block, a metadata block, a label, an uberblock; one leaked
//! allocation in a space map (checksums made good again): each reported as what and where.
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

#[test]
fn a_leaked_allocation_in_a_space_map_is_reported() {
    let mut img = Img::new(pool(false));
    let bonus_of = |img: &Img, dn: usize| dn + 64 + usize::from(img.b[dn + 3]) * 128;
    let is_sm = |img: &Img, dn: usize| img.b[dn] == 8 && img.u64(bonus_of(img, dn) + 16) > 0;
    let (chain, dn) = (1..400)
        .map(|o| img.mos_dnode(o))
        .find(|(_, dn)| is_sm(&img, *dn))
        .unwrap();
    let bonus = bonus_of(&img, dn);
    let (data_chain, data) = img.descend(dn, 0).unwrap();
    let len = img.u64(bonus + 8) as usize;
    let words: Vec<u64> = (0..len / 8).map(|i| img.u64(data + i * 8)).collect();
    let ends = (0..words.len()).map(|i| entry_end(&words[i..]));
    let off = ends.max().unwrap() + 16;
    img.b[data + len..data + len + 8].copy_from_slice(&(off << 16).to_le_bytes());
    img.b[bonus + 8..bonus + 16].copy_from_slice(&(len as u64 + 8).to_le_bytes());
    let alloc = img.u64(bonus + 16) + 4096;
    img.b[bonus + 16..bonus + 24].copy_from_slice(&alloc.to_le_bytes());
    img.reseal(&[chain, data_chain].concat());
    let err = verify_source(&img.b, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("4096 bytes leaked"), "{err}");
}

/// Where the space-map entry starting at `w[0]` ends (units); 0 for the second word of an
/// SM2 entry, which this also meets.
fn entry_end(w: &[u64]) -> u64 {
    match (w[0] >> 62, w.get(1)) {
        (3, Some(w1)) => (w1 & !(1 << 63)) + ((w[0] >> 24) & ((1 << 36) - 1)) + 1,
        (0 | 1, _) => ((w[0] >> 16) & ((1 << 47) - 1)) + (w[0] & 0x7fff) + 1,
        _ => 0,
    }
}
