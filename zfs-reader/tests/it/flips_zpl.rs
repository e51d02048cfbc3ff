//! Single-byte flips in the ZPL objects of a dataset, checksums recomputed up to the
//! uberblocks, verified against the tree: the SA, directory, symlink, xattr and comparison
//! code meets every kind of damage and answers with an error or a pass, never a panic.
use zfs_reader::{Options, verify_source};

use super::fixture::{small_pool, small_tree};
use super::surgery::Img;

/// The MOS objects that are DSL datasets (bonus type `DMU_OT_DSL_DATASET` 16, a plain
/// dataset or one made a ZAP) with a ZPL object set.
fn dataset_chains(img: &Img) -> Vec<Vec<usize>> {
    let mos = [img.slots[0] + 40];
    let datasets = (1..100)
        .map_while(|o| img.try_dnode(&mos, o))
        .filter(|(_, dn)| img.b[*dn + 4] == 16);
    let with_bp = datasets.map(|(chain, dn)| {
        let ds_bp = dn + 64 + usize::from(img.b[dn + 3]) * 128 + 128;
        [chain, vec![ds_bp]].concat()
    });
    with_bp
        .filter(|c| img.u64(*c.last().unwrap() + 8) != 0)
        .collect()
}

#[test]
fn flips_in_zpl_objects_never_panic() {
    let mut img = Img::new(small_pool(false));
    let t = small_tree();
    let opts = Options {
        tree: Some(("anvil_pool/ROOT", &t)),
        ..Options::default()
    };
    let root = dataset_chains(&img)
        .into_iter()
        .max_by_key(|c| img.u64(c.last().unwrap() + 88))
        .unwrap();
    let mut seed = 0x2f505a_u64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut caught = 0;
    for _ in 0..200 {
        let (mut chain, dn) = img.dnode(&root, 1 + next(40) as u64);
        let at = if img.b[dn] == 0 || next(2) == 0 {
            dn + next(512)
        } else if let Some((data_chain, block)) = img.descend(dn, 0) {
            chain.extend(data_chain);
            block + next(512)
        } else {
            continue;
        };
        let mask = 1 << next(8);
        img.b[at] ^= mask;
        img.reseal(&chain);
        caught += usize::from(verify_source(&img.b, &opts).is_err());
        img.b[at] ^= mask;
        img.reseal(&chain);
    }
    assert!(
        verify_source(&img.b, &opts).is_ok(),
        "the pool is restored after each flip"
    );
    println!("{caught} of 200 flips in ZPL objects reported");
}
