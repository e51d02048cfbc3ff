//! Deterministic GUIDs and ZAP salts: each is a splitmix64 draw keyed by the seed, a purpose
//! and an object id, so it is the same whatever order things are built in, different for
//! different seeds, and never zero (GUIDs and salts must not be). OpenZFS draws them at random
//! (`spa_generate_guid`, `random_get_pseudo_bytes`, zap_micro.c `mzap_create_impl`).

/// splitmix64's increment (2^64 / golden ratio).
const GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

/// The draw for `id` in `purpose` under `seed` (e.g. `("zap salt ROOT", 5)`); never zero.
pub fn draw(seed: u64, purpose: &str, id: u64) -> u64 {
    let key = purpose.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let z = mix(seed ^ key).wrapping_add(id.wrapping_add(1).wrapping_mul(GAMMA));
    mix(z).max(1)
}

/// splitmix64's output function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
