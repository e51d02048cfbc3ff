//! Every allocation unit from 512 B to 64 KiB: uberblock slots of 1–8 KiB sealed per slot,
//! space maps in units of the ashift, lz4 rounded to it — zdb reads each pool with no leak.
use super::build;
use super::run::assert_no_leaks;
use crate::tree::fixture::Fixture;

#[test]
fn every_ashift_gives_a_pool_zdb_accepts() {
    let fx = Fixture::build();
    for ashift in ["9", "10", "13", "16"] {
        let img = build(
            &fx,
            &format!("ashift-{ashift}"),
            &["--size", "96M", "--ashift", ashift],
        );
        assert_no_leaks(img.parent().unwrap());
    }
}
