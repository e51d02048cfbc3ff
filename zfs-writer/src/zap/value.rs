//! What a ZAP entry holds: an array of 1-, 2- or 8-byte integers.
//! OpenZFS include/sys/zap.h (`zap_add`: `integer_size`, `num_integers`); module/zfs/zap_leaf.c
//! `zap_leaf_array_create` lays the integers out big-endian, back to back across chunks.
use zerocopy::big_endian;

/// The value of one ZAP entry.
/// OpenZFS include/sys/zap.h `zap_add(…, integer_size, num_integers, val, …)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZapValue {
    /// One `uint64` (directory entries, object numbers, most properties).
    U64(u64),
    /// `uint64` array (e.g. a feature's refcount list); one element is the same as `U64`.
    U64Array(Vec<u64>),
    /// `uint16` array (SA layouts: attribute numbers).
    U16Array(Vec<u16>),
    /// Bytes, `integer_size` 1. Strings include their NUL as OpenZFS stores them (property
    /// `mountpoint` = `b"/\0"`); binary values (e.g. `org.illumos:checksum_salt`) do not.
    Bytes(Vec<u8>),
}

impl ZapValue {
    /// Bytes per integer: `le_value_intlen` / `integer_size`.
    pub fn integer_length(&self) -> u8 {
        match self {
            ZapValue::U64(_) | ZapValue::U64Array(_) => 8,
            ZapValue::U16Array(_) => 2,
            ZapValue::Bytes(_) => 1,
        }
    }

    /// Number of integers: `le_value_numints` / `num_integers`.
    pub fn num_integers(&self) -> usize {
        match self {
            ZapValue::U64(_) => 1,
            ZapValue::U64Array(v) => v.len(),
            ZapValue::U16Array(v) => v.len(),
            ZapValue::Bytes(v) => v.len(),
        }
    }

    /// The value when it is a single `uint64`, the only kind a micro ZAP can hold.
    pub(crate) fn single_u64(&self) -> Option<u64> {
        match self {
            ZapValue::U64(v) => Some(*v),
            ZapValue::U64Array(v) if v.len() == 1 => Some(v[0]),
            _ => None,
        }
    }

    /// The integers big-endian and back to back, as they go into leaf array chunks.
    pub(crate) fn encode_be(&self) -> Vec<u8> {
        match self {
            ZapValue::U64(v) => big_endian::U64::new(*v).to_bytes().to_vec(),
            ZapValue::U64Array(v) => v
                .iter()
                .flat_map(|&x| big_endian::U64::new(x).to_bytes())
                .collect(),
            ZapValue::U16Array(v) => v
                .iter()
                .flat_map(|&x| big_endian::U16::new(x).to_bytes())
                .collect(),
            ZapValue::Bytes(v) => v.clone(),
        }
    }
}
