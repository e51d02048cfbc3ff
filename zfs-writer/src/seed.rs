//! Deterministic GUIDs and ZAP salts: each is a splitmix64 draw keyed by the seed, a purpose
//! and an object id, so it is the same whatever order things are built in, different for
//! different seeds, and never zero (GUIDs and salts must not be). OpenZFS draws them at random
//! (`spa_generate_guid`, `random_get_pseudo_bytes`, zap_micro.c `mzap_create_impl`).

use crate::compress::Compression;
use crate::dsl::DatasetInput;
use crate::pool::PoolOptions;

/// The seed of the salts when none is pinned (and of every draw before issue 10: 1729).
pub const DEFAULT_SEED: u64 = 1729;

/// The seed of the pool, vdev and dataset GUIDs: the pinned seed, else a hash of the options
/// and of every dataset's object-set block checksum — a Merkle root over all its contents, so
/// two different trees never share a pool GUID (OpenZFS refuses to import a second pool with
/// the same GUID) while the same input still gives the same bytes.
pub fn guid_seed(opts: &PoolOptions, datasets: &[DatasetInput]) -> u64 {
    if let Some(seed) = opts.seed {
        return seed;
    }
    let settings = [
        opts.size,
        u64::from(opts.ashift),
        compression_word(opts.compression),
        opts.time,
    ];
    let words = datasets
        .iter()
        .flat_map(|d| d.objset.blk_cksum.map(|w| w.get()));
    let mut named = format!("{} {}", opts.name, opts.compatibility.name);
    for d in &opts.datasets {
        d.snapshots
            .iter()
            .for_each(|s| named += &format!(" {}@{s}", d.name));
    }
    let mut h = draw(
        DEFAULT_SEED,
        &named,
        settings.iter().fold(0, |a, &w| mix(a ^ w)),
    );
    for (i, w) in settings.into_iter().chain(words).enumerate() {
        h = draw(h, "guid seed", w ^ i as u64);
    }
    h
}

/// The compression in the GUID seed: 1 for lz4 and 0 for off, as when it was a switch (the
/// same pools keep their GUIDs), else the property value above 8 bits.
fn compression_word(c: Compression) -> u64 {
    match c {
        Compression::Off => 0,
        Compression::Lz4 => 1,
        other => 1 << 8 | other.prop_value(),
    }
}

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
