//! `zap_leaf_phys_t`: a 48-byte header, a hash table of 2^(bs−5) u16, then 24-byte chunks;
//! entry chunks (type 252) point at chains of array chunks (type 251) for name and value.
use super::{ZBT_LEAF, ZapEntry};
use crate::error::{Result, corrupt, ensure};

/// `ZAP_LEAF_MAGIC`, `ZAP_CHUNK_ENTRY`, `ZAP_CHUNK_ARRAY`, bytes in one array chunk.
const ZAP_LEAF_MAGIC: u32 = 0x2AB1EAF;
const CHUNK_ENTRY: u8 = 252;
const CHUNK_ARRAY: u8 = 251;
const ARRAY_BYTES: usize = 21;

/// Every entry of the leaf block `b`.
pub(super) fn entries(b: &[u8], at: &str) -> Result<Vec<ZapEntry>> {
    let magic = u32::from_le_bytes(b[24..28].try_into().expect("4 bytes"));
    let kind = u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    ensure(kind == ZBT_LEAF && magic == ZAP_LEAF_MAGIC, at, || {
        "not a ZAP leaf".into()
    })?;
    let hash_entries = b.len() / 32;
    let chunks = &b[48 + 2 * hash_entries..];
    let chunks: Vec<&[u8]> = chunks.chunks_exact(24).collect();
    let mut out = Vec::new();
    for c in chunks.iter().filter(|c| c[0] == CHUNK_ENTRY) {
        let u16_at = |i: usize| usize::from(u16::from_le_bytes([c[i], c[i + 1]]));
        let intlen = c[1];
        ensure(matches!(intlen, 1 | 2 | 4 | 8), at, || {
            format!("value int length {intlen}")
        })?;
        let name = array(&chunks, u16_at(4), u16_at(6), at)?;
        let value = array(&chunks, u16_at(8), u16_at(10) * usize::from(intlen), at)?;
        let values = value.chunks_exact(usize::from(intlen)).map(be).collect();
        let len = name.iter().position(|c| *c == 0).unwrap_or(name.len());
        out.push(ZapEntry {
            name: name[..len].to_vec(),
            intlen,
            values,
        });
    }
    Ok(out)
}

/// `len` bytes from the array chain starting at chunk `first`.
fn array(chunks: &[&[u8]], first: usize, len: usize, at: &str) -> Result<Vec<u8>> {
    let (mut out, mut i) = (Vec::with_capacity(len.min(1 << 16)), first);
    while out.len() < len {
        let c = chunks.get(i).filter(|c| c[0] == CHUNK_ARRAY);
        let c = c.ok_or_else(|| corrupt(at, format!("array chunk {i} is missing")))?;
        let take = (len - out.len()).min(ARRAY_BYTES);
        out.extend_from_slice(&c[1..1 + take]);
        i = usize::from(u16::from_le_bytes([c[22], c[23]]));
    }
    Ok(out)
}

/// A big-endian integer of 1–8 bytes.
fn be(b: &[u8]) -> u64 {
    b.iter().fold(0, |v, x| v << 8 | u64::from(*x))
}
