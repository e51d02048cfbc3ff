//! A test-side ZAP reader written from the OpenZFS 2.3 sources, sharing no code with `src/zap`
//! but `zap_hash` (itself checked against hashes OpenZFS stored): fields are read at their C
//! offsets. `lookup` follows OpenZFS's path (zap_micro.c `mze_find`; zap.c `zap_deref_leaf` →
//! zap_leaf.c `zap_leaf_lookup` → `zap_entry_read`); `check` is an fsck of every leaf.
pub mod check; // structural checks of a fat ZAP and its leaves
mod fat; // header, pointer table, lookup by hash
pub mod leaf; // one leaf: header fields, geometry, chunks
mod leaf_entries; // entries, arrays and hash chains of a leaf
mod lookup; // fat lookup: pointer table → leaf → chain (fzap_lookup)
mod micro; // micro ZAP slots
mod raw; // little- and big-endian integers at byte offsets

pub use fat::FatZap;
pub use micro::MicroZap;

/// A value as `zap_entry_read` returns it: integer size and the integers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// `le_value_intlen` (8 for micro ZAPs).
    pub intlen: u8,
    /// The integers, each widened to u64.
    pub ints: Vec<u64>,
}

/// One stored entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Name without its NUL.
    pub name: Vec<u8>,
    /// `le_hash` as stored (fat), or `zap_hash` of the name (micro).
    pub hash: u64,
    /// Collision differentiator.
    pub cd: u32,
    /// The value.
    pub value: Value,
}

/// A ZAP object opened from its data blocks.
pub enum Zap {
    /// `ZBT_MICRO` in block 0.
    Micro(MicroZap),
    /// `ZBT_HEADER` in block 0.
    Fat(FatZap),
}

impl Zap {
    /// Opens by the block type in the first word, as zap_micro.c `mzap_open` does.
    pub fn open(blocks: &[Vec<u8>]) -> Zap {
        match raw::le64(&blocks[0], 0) {
            micro::ZBT_MICRO => Zap::Micro(MicroZap::open(&blocks[0])),
            fat::ZBT_HEADER => Zap::Fat(FatZap::open(blocks)),
            other => panic!("block 0 has type {other:#x}"),
        }
    }

    /// The value stored under `name`, found the way OpenZFS finds it.
    pub fn lookup(&self, name: &[u8]) -> Option<Value> {
        match self {
            Zap::Micro(m) => m.lookup(name),
            Zap::Fat(f) => f.lookup(name),
        }
    }

    /// Every entry, by walking every slot or every leaf chain.
    pub fn entries(&self) -> Vec<Entry> {
        match self {
            Zap::Micro(m) => m.entries(),
            Zap::Fat(f) => f.entries(),
        }
    }

    /// The salt.
    pub fn salt(&self) -> u64 {
        match self {
            Zap::Micro(m) => m.salt,
            Zap::Fat(f) => f.salt(),
        }
    }
}
