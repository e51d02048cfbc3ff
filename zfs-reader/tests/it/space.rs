//! Space maps that disagree with the blocks, their checksums made good again (surgery): an
//! allocation nothing references is a leak; a referenced block freed, or one DVA named by two
//! different block pointers, is reported too.
use zfs_reader::{Options, verify_source};

use super::corrupt::pool;
use super::surgery::Img;

/// The first space map of the MOS with allocations: pointer chain, dnode, bonus, data block.
fn space_map(img: &Img) -> (Vec<usize>, usize, usize) {
    let bonus_of = |dn: usize| dn + 64 + usize::from(img.b[dn + 3]) * 128;
    let is_sm = |dn: usize| img.b[dn] == 8 && img.u64(bonus_of(dn) + 16) > 0;
    let (chain, dn) = (1..60)
        .map(|o| img.mos_dnode(o))
        .find(|(_, dn)| is_sm(*dn))
        .unwrap();
    let (data_chain, data) = img.descend(dn, 0).unwrap();
    ([chain, data_chain].concat(), bonus_of(dn), data)
}

/// Appends the one-word entry `word` to the space map, adding `alloc_delta` to `smp_alloc`,
/// reseals, and returns the verifier's error.
fn append_entry(word: impl Fn(&[u64]) -> u64, alloc_delta: i64) -> String {
    let mut img = Img::new(pool(false));
    let (chain, bonus, data) = space_map(&img);
    let len = img.u64(bonus + 8) as usize;
    let words: Vec<u64> = (0..len / 8).map(|i| img.u64(data + i * 8)).collect();
    let w = word(&words);
    img.b[data + len..data + len + 8].copy_from_slice(&w.to_le_bytes());
    img.b[bonus + 8..bonus + 16].copy_from_slice(&(len as u64 + 8).to_le_bytes());
    let alloc = img.u64(bonus + 16).wrapping_add_signed(alloc_delta);
    img.b[bonus + 16..bonus + 24].copy_from_slice(&alloc.to_le_bytes());
    img.reseal(&chain);
    verify_source(&img.b, &Options::default())
        .unwrap_err()
        .to_string()
}

/// Where the space-map entry starting at `w[0]` ends and starts (units); `None` for the
/// second word of a two-word entry, debug entries and frees.
fn entry(w: &[u64]) -> Option<(u64, u64)> {
    match (w[0] >> 62, w.get(1)) {
        (3, Some(w1)) if w1 >> 63 == 0 => {
            let off = w1 & !(1 << 63);
            Some((off, off + ((w[0] >> 24) & ((1 << 36) - 1)) + 1))
        }
        (0 | 1, _) if w[0] >> 15 & 1 == 0 => {
            let off = (w[0] >> 16) & ((1 << 47) - 1);
            Some((off, off + (w[0] & 0x7fff) + 1))
        }
        _ => None,
    }
}

#[test]
fn a_leaked_allocation_in_a_space_map_is_reported() {
    let ends = |w: &[u64]| {
        (0..w.len())
            .filter_map(|i| entry(&w[i..]))
            .map(|e| e.1)
            .max()
            .unwrap()
    };
    let err = append_entry(|w| (ends(w) + 16) << 16, 4096);
    assert!(err.contains("4096 bytes leaked"), "{err}");
}

#[test]
fn a_referenced_block_freed_in_a_space_map_is_reported() {
    let first = |w: &[u64]| entry(w).unwrap().0;
    let err = append_entry(|w| first(w) << 16 | 1 << 15, -4096);
    assert!(err.contains("4096 bytes referenced but free"), "{err}");
}

#[test]
fn two_pointers_to_one_dva_are_a_double_allocation() {
    let mut img = Img::new(pool(false));
    let single =
        |img: &Img, dn: usize| img.b[dn] != 0 && img.b[dn + 2] == 1 && img.u64(dn + 72) != 0;
    let mut objects = (1..32)
        .map(|o| img.mos_dnode(o))
        .filter(|(_, dn)| single(&img, *dn));
    let ((_, a), (chain, b)) = (objects.next().unwrap(), objects.next().unwrap());
    let dva = img.b[a + 64..a + 80].to_vec();
    img.b[b + 64..b + 80].copy_from_slice(&dva);
    img.reseal(&chain);
    let err = verify_source(&img.b, &Options::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("double allocation"), "{err}");
}
