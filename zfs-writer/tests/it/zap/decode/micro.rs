//! A micro ZAP: 64-byte slots after a 64-byte header.
//! OpenZFS include/sys/zap_impl.h `mzap_phys_t` (`mz_block_type` @0, `mz_salt` @8,
//! `mz_normflags` @16) and `mzap_ent_phys_t` (`mze_value` @0, `mze_cd` @8, `mze_name` @14, 50
//! bytes); zap_micro.c `mzap_open` loads every slot whose name is non-empty and VERIFYs (via
//! `zfs_btree_add`) that no two share (hash, cd).
use std::collections::BTreeSet;

use zfs_writer::zap::zap_hash;

use super::raw::{le32, le64};
use super::{Entry, Value};

/// `ZBT_MICRO`.
pub const ZBT_MICRO: u64 = (1 << 63) + 3;

/// A parsed micro ZAP.
pub struct MicroZap {
    /// `mz_salt`.
    pub salt: u64,
    /// Non-empty slots in slot order.
    pub slots: Vec<Entry>,
}

impl MicroZap {
    /// Parses `block`, checking what `mzap_open` checks or relies on.
    pub fn open(block: &[u8]) -> MicroZap {
        assert!(
            block.len() >= 512 && block.len().is_multiple_of(512),
            "micro block {}",
            block.len()
        );
        assert_eq!(le64(block, 0), ZBT_MICRO);
        let salt = le64(block, 8);
        assert_ne!(salt, 0);
        assert_eq!(le64(block, 16), 0, "mz_normflags");
        let slots: Vec<Entry> = block[64..]
            .chunks_exact(64)
            .filter_map(|s| slot(salt, s))
            .collect();
        let mut keys = BTreeSet::new();
        for e in &slots {
            assert!(e.cd <= 0xffff, "mze_cd {} of {:?}", e.cd, e.name);
            assert!(
                keys.insert((e.hash >> 32, e.cd)),
                "(hash, cd) repeats: {:?}",
                e.name
            );
        }
        MicroZap { salt, slots }
    }

    /// zap_micro.c `mze_find`: entries with the name's hash, lowest cd first, compared by name.
    pub fn lookup(&self, name: &[u8]) -> Option<Value> {
        let hash = zap_hash(self.salt, name);
        let mut same: Vec<&Entry> = self.slots.iter().filter(|e| e.hash == hash).collect();
        same.sort_by_key(|e| e.cd);
        same.into_iter()
            .find(|e| e.name == name)
            .map(|e| e.value.clone())
    }

    /// Every entry in slot order.
    pub fn entries(&self) -> Vec<Entry> {
        self.slots.clone()
    }
}

/// The entry in one 64-byte slot, or `None` when the slot is unused.
fn slot(salt: u64, s: &[u8]) -> Option<Entry> {
    let name_field = &s[14..64];
    let len = name_field
        .iter()
        .position(|&b| b == 0)
        .expect("name is NUL-terminated");
    if len == 0 {
        assert!(s.iter().all(|&b| b == 0), "unused slot is not zero");
        return None;
    }
    assert!(name_field[len..].iter().all(|&b| b == 0), "name padding");
    let name = name_field[..len].to_vec();
    let value = Value {
        intlen: 8,
        ints: vec![le64(s, 0)],
    };
    Some(Entry {
        hash: zap_hash(salt, &name),
        cd: le32(s, 8),
        name,
        value,
    })
}
