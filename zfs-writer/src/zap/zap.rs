//! The in-memory ZAP: a salt and entries keyed by name, and the blocks it encodes to.
//! FreeBSD makefs zap.c `zap_alloc`/`zap_add`/`zap_write`; OpenZFS module/zfs/zap_micro.c
//! `zap_add_impl` decides between micro and fat the same way (see `micro.rs`).
use std::collections::BTreeMap;

use super::ZapValue;

/// `ZAP_MAXNAMELEN_NEW`: longest name + NUL. Beyond `ZAP_MAXNAMELEN` (256) OpenZFS accepts a
/// name only in a directory with the `longname` feature (zap.c `fzap_checkname`).
const ZAP_MAXNAMELEN_NEW: usize = 1024;
/// `ZAP_MAXVALUELEN`: largest value in bytes (include/sys/fs/zfs.h).
const ZAP_MAXVALUELEN: usize = 8 * 1024;

/// A ZAP object under construction: entries with string keys, exact-match names (normflags 0)
/// or names hashed upper-cased ([`Zap::hashing_upper_case`]).
/// OpenZFS module/zfs/zap_micro.c (`zap_create`, `zap_add`, `zap_update`).
#[derive(Clone, Debug)]
pub struct Zap {
    pub(super) salt: u64,
    pub(super) upper: bool,
    pub(super) entries: BTreeMap<Vec<u8>, ZapValue>,
}

/// The data blocks of one ZAP object, block id 0 first, each exactly `block_size` bytes.
/// OpenZFS module/zfs/zap_micro.c (one block) or zap.c (`1 << zap_block_shift` each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZapBlocks {
    /// Bytes per block: the object's `dn_datablkszsec` × 512.
    pub block_size: u32,
    /// The blocks in block-id order.
    pub blocks: Vec<Vec<u8>>,
}

impl Zap {
    /// An empty ZAP hashing names with `salt`.
    /// OpenZFS module/zfs/zap_micro.c `mzap_create_impl` (`mz_salt`, `mz_normflags` 0).
    ///
    /// # Panics
    /// If `salt` is 0.
    pub fn new(salt: u64) -> Zap {
        assert!(salt != 0, "a ZAP salt must be non-zero");
        Zap {
            salt,
            upper: false,
            entries: BTreeMap::new(),
        }
    }

    /// Adds `name` (without NUL) → `value`; a later add of the same name replaces the value.
    /// OpenZFS module/zfs/zap_micro.c `zap_update`. Names of 256 bytes or more are valid only
    /// in a directory of a dataset with the `longname` feature.
    ///
    /// # Panics
    /// If `name` holds a NUL or has 1024 bytes or more, or `value` exceeds 8 KiB.
    pub fn add(&mut self, name: &[u8], value: ZapValue) {
        assert!(!name.contains(&0), "ZAP name {name:?} holds a NUL");
        assert!(
            !self.upper || name.is_ascii(),
            "{name:?}: upper-cased names are ASCII"
        );
        assert!(
            name.len() < ZAP_MAXNAMELEN_NEW,
            "ZAP name of {} bytes",
            name.len()
        );
        let bytes = value.num_integers() * usize::from(value.integer_length());
        assert!(bytes <= ZAP_MAXVALUELEN, "ZAP value of {bytes} bytes");
        self.entries.insert(name.to_vec(), value);
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The salt names are hashed with.
    pub fn salt(&self) -> u64 {
        self.salt
    }

    /// Encodes as a micro ZAP when OpenZFS would keep one, else as a fat ZAP.
    /// OpenZFS module/zfs/zap_micro.c `zap_add_impl`: every value one `uint64`, names under
    /// 50 bytes, at most 2047 entries, fewer than 128 names per hash (see `micro.rs`).
    pub fn encode(&self) -> ZapBlocks {
        let entries = self.hashed_entries();
        if Zap::fits_micro(&entries) {
            self.encode_micro(&entries)
        } else {
            self.encode_fat_entries(&entries)
        }
    }
}
