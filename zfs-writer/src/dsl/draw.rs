//! Deterministic "random" numbers: each ZAP salt and dataset GUID is a splitmix64 draw keyed
//! by the seed, the object id and what it is for, so rebuilding gives the same values in any
//! order. OpenZFS draws them at random (`random_get_pseudo_bytes` in dsl_dataset.c,
//! `unique_create` in unique.c, the salt in zap_micro.c `mzap_create_impl`).

/// What a draw is for; each gets its own stream.
#[derive(Clone, Copy, Debug)]
pub(super) enum Draw {
    /// A ZAP's hash salt (non-zero).
    Salt = 1,
    /// `ds_guid` (non-zero).
    Guid = 2,
    /// `ds_fsid_guid`: non-zero, 56 bits (`UNIQUE_BITS`).
    FsidGuid = 3,
}

/// Keeps these draws apart from other users of the same seed ("DSL" in ASCII).
const DOMAIN: u64 = 0x44_534c;
/// splitmix64's increment (2^64 / golden ratio).
const GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;
/// `UNIQUE_MASK`: the 56 bits of an fsid GUID.
const UNIQUE_MASK: u64 = (1 << 56) - 1;

/// splitmix64's output function.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The draw for object `id` and purpose `what` under `seed`; never zero.
pub(super) fn draw(seed: u64, id: u64, what: Draw) -> u64 {
    let key = (id << 2 | what as u64) ^ (DOMAIN << 40);
    let mut value = mix(seed.wrapping_add(key.wrapping_mul(GAMMA)));
    if let Draw::FsidGuid = what {
        value &= UNIQUE_MASK;
    }
    value.max(1)
}
