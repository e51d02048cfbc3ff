use super::{plan_space_maps, space_map_block};
use crate::vdev::Geometry;

#[test]
fn one_run_per_metaslab() {
    let g = Geometry::new(500 << 20, 12).unwrap(); // 32 MiB metaslabs
    let maps = plan_space_maps(&g, &[32 << 20, 8192], false);
    assert_eq!(maps.len() as u64, g.ms_count, "a map for every metaslab");
    assert!(
        maps[2..]
            .iter()
            .all(|m| m.block.is_empty() && m.length == 0)
    );
    assert_eq!((maps[0].alloc, maps[1].alloc), (32 << 20, 8192));
    // 32 MiB = 8192 units: one entry, offset 0, run 8192.
    assert_eq!(maps[0].length, 8);
    assert_eq!(
        u64::from_le_bytes(maps[0].block[..8].try_into().unwrap()),
        8191
    );
    assert_eq!(
        u64::from_le_bytes(maps[1].block[..8].try_into().unwrap()),
        1
    );
    assert_eq!(maps[1].bonus(77)[..8], 77u64.to_le_bytes());
}

#[test]
fn long_runs_split_at_the_entry_limit() {
    let g = Geometry::new(100 << 30, 12).unwrap(); // 512 MiB metaslabs = 131072 units
    let maps = plan_space_maps(&g, &[1 << 29], false);
    assert_eq!(maps[0].length, 4 * 8, "four runs of 32768 units");
    let second = u64::from_le_bytes(maps[0].block[8..16].try_into().unwrap());
    assert_eq!((second >> 16, second & 0x7fff), (32768, 32767));
}

#[test]
fn histograms_count_the_free_run_of_every_metaslab() {
    let g = Geometry::new(500 << 20, 12).unwrap(); // 32 MiB metaslabs, 15 of them
    let maps = plan_space_maps(&g, &[32 << 20, 8192], true);
    assert_eq!(maps.len() as u64, g.ms_count, "a map for every metaslab");
    let bucket = |m: usize| maps[m].histogram.unwrap();
    assert_eq!(bucket(0), [0; 32], "full: nothing free");
    // 32 MiB − 8 KiB free: 2^24 ≤ run < 2^25 bytes → bucket 24 − ashift 12 = 12.
    assert_eq!(bucket(1)[12], 1);
    assert_eq!(bucket(2)[13], 1, "a whole free metaslab: 2^25 bytes");
    assert!(maps[2].block.is_empty() && maps[2].bonus(9).len() == 320);
}

#[test]
fn blocks_hold_a_full_metaslab() {
    let g = Geometry::new(500 << 20, 12).unwrap(); // 32 MiB metaslabs: one entry when full
    assert_eq!(space_map_block(&g), 4096);
    let maps = plan_space_maps(&g, &[32 << 20, 8192], false);
    assert!(maps[..2].iter().all(|m| m.block.len() == 4096));
    // 16 GiB metaslabs of 512-byte units: 2^25 units, 1024 entries of 32768.
    let g = Geometry::new(2 << 40, 9).unwrap();
    assert_eq!((g.ms_shift, space_map_block(&g)), (34, 8192));
    let full = plan_space_maps(&g, &[1 << 34], false);
    assert_eq!((full[0].length, full[0].block.len()), (8192, 8192));
}
