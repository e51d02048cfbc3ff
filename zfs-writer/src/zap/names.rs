//! How a ZAP's names are hashed: as they are, or upper-cased as a ZAP created with
//! `U8_TEXTPREP_TOUPPER` normalization hashes them (OpenZFS module/zfs/zap.c
//! `zap_normalize`, `zap_hash` of the normalized name; snapshot names).
use super::Zap;
use super::ZapValue;
use super::hash::zap_hash;

impl Zap {
    /// Hashes names upper-cased, as a ZAP created with `U8_TEXTPREP_TOUPPER` normalization
    /// does (zap.c `zap_normalize`; snapshot names), for ASCII names; the caller records the
    /// normflags in the header.
    ///
    /// # Panics
    /// On a name that is not ASCII, in `add`.
    pub fn hashing_upper_case(mut self) -> Zap {
        self.upper = true;
        self
    }

    /// The entries in name order with their hashes (used by `entry.rs`).
    pub(super) fn named(&self) -> impl Iterator<Item = (&[u8], &ZapValue, u64)> {
        let (salt, upper) = (self.salt, self.upper);
        let hash = move |n: &[u8]| match upper {
            true => zap_hash(salt, &n.to_ascii_uppercase()),
            false => zap_hash(salt, n),
        };
        self.entries
            .iter()
            .map(move |(n, v)| (n.as_slice(), v, hash(n)))
    }
}
