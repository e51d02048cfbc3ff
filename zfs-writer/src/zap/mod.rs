//! ZAP objects: name → integer-array maps (directories, properties, the MOS directory).
//!
//! OpenZFS 2.3 module/zfs/zap_micro.c, zap.c, zap_leaf.c; FreeBSD makefs zap.c. Build a
//! [`Zap`] with `add`, then `encode` hashes every name ([`zap_hash`]), numbers colliding names
//! with collision differentiators, and writes a micro ZAP when OpenZFS would keep one, else a
//! fat ZAP: leaves split by hash prefix until each fits → pointer table (embedded or external)
//! → header block. The result is the object's data blocks; the DMU writes them.
mod entry; // entries in (hash, cd) order (mze_find_unused_cd)
mod fat_leaf; // one leaf block: chains, free list, header (zap_leaf.c)
mod fat_plan; // leaf prefixes (zap_expand_leaf; makefs: zap_fat_write_prefixlen)
mod fat_ptrtbl; // pointer table, embedded or external (zap_idx_to_blk, zap_grow_ptrtbl)
mod fat_write; // header + leaves + table (fzap_upgrade; makefs: zap_fat_write)
mod hash; // zap_hash: salted CRC-64, top 28 bits
mod leaf_writer; // leaf chunks: entry, name and value arrays (zap_entry_create)
mod micro; // micro ZAP block (mzap_create_impl; makefs: zap_micro_write)
mod names; // names hashed as they are or upper-cased (U8_TEXTPREP_TOUPPER)
pub mod phys; // on-disk structures: mzap_phys_t, zap_phys_t, zap_leaf_phys_t
mod value; // ZapValue: integer size and count, big-endian array bytes
#[allow(clippy::module_inception)]
mod zap; // Zap builder and ZapBlocks (makefs: zap_alloc, zap_add)

pub use hash::{ZAP_HASHBITS, zap_hash};
pub use value::ZapValue;
pub use zap::{Zap, ZapBlocks};
