//! Deterministic GUIDs and ZAP salts from one seed: splitmix64 (Steele, Lea, Flood 2014).
//! Same seed, same pool bytes; different seeds give different GUIDs.

/// A splitmix64 stream.
#[derive(Clone, Debug)]
pub struct Seeds {
    state: u64,
}

impl Seeds {
    /// The stream for `seed`, kept apart from other streams by `domain` (a purpose label).
    pub fn new(seed: u64, domain: &str) -> Seeds {
        let mix = domain.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        Seeds { state: seed ^ mix }
    }

    /// The next value; never 0 (GUIDs and salts must not be zero).
    pub fn next_u64(&mut self) -> u64 {
        loop {
            self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            if z != 0 {
                return z;
            }
        }
    }
}
