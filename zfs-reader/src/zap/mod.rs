//! ZAP objects (OpenZFS include/sys/zap_impl.h, zap_leaf.h): name → integers, as a micro
//! ZAP (one block of 64-byte entries) or a fat ZAP (header, pointer table, leaves).
mod fat; // zap_phys_t and its pointer table → the leaf blocks
mod leaf; // zap_leaf_phys_t: entry and array chunks
mod micro; // mzap_phys_t

use crate::dmu::{Dnode, Objset};
use crate::error::{Result, corrupt};
use crate::pool::Pool;

/// `ZBT_MICRO`, `ZBT_HEADER`, `ZBT_LEAF`: the first word of each ZAP block.
const ZBT_LEAF: u64 = 1 << 63;
const ZBT_HEADER: u64 = (1 << 63) + 1;
const ZBT_MICRO: u64 = (1 << 63) + 3;
/// No ZAP is read whole past this size (nor past twice the image).
const ZAP_LIMIT: u64 = 256 << 20;

/// One ZAP entry: its name and its integers (of `intlen` bytes each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ZapEntry {
    pub name: Vec<u8>,
    pub intlen: u8,
    pub values: Vec<u64>,
}

impl ZapEntry {
    /// The single integer of a one-value entry.
    pub fn value(&self) -> Option<u64> {
        (self.values.len() == 1).then(|| self.values[0])
    }
}

/// The value of entry `name`, a single integer.
pub(crate) fn lookup(entries: &[ZapEntry], name: &str) -> Option<u64> {
    entries.iter().find(|e| e.name == name.as_bytes())?.value()
}

impl Pool<'_> {
    /// Every entry of ZAP object `obj` in `os`.
    pub fn zap(&self, os: &Objset, obj: u64, at: &str) -> Result<Vec<ZapEntry>> {
        let dn = self.dnode(os, obj, at)?;
        self.zap_of(&dn, at)
    }

    /// Every entry of the ZAP whose dnode is `dn`.
    pub fn zap_of(&self, dn: &Dnode, at: &str) -> Result<Vec<ZapEntry>> {
        let limit = ZAP_LIMIT.min(self.src.size().saturating_mul(2));
        let data = self.read_object(dn, at, limit)?;
        let kind = data
            .get(..8)
            .map(|w| u64::from_le_bytes(w.try_into().expect("8 bytes")));
        match kind {
            Some(ZBT_MICRO) => Ok(micro::entries(&data[..dn.datablksz() as usize])),
            Some(ZBT_HEADER) => fat::entries(&data, dn.datablksz(), at),
            k => Err(corrupt(at, format!("ZAP block type {k:x?}"))),
        }
    }
}
