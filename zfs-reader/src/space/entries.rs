//! Space map entries (include/sys/space_map.h): one-word (`SM_*`), two-word (`SM2_*`, prefix
//! 3) and debug (prefix 2, skipped). Offsets and runs are in units of the vdev's ashift.

/// One allocation or free: `(alloc, offset_units, run_units)`.
pub(crate) type SmEntry = (bool, u64, u64);

/// `SM_DEBUG_PREFIX`, `SM2_PREFIX`.
const SM_DEBUG_PREFIX: u64 = 2;
const SM2_PREFIX: u64 = 3;

/// The entries of the first `len` bytes of a space map object's data; `None` if a two-word
/// entry is cut short.
pub(crate) fn decode(data: &[u8]) -> Option<Vec<SmEntry>> {
    let words: Vec<u64> = data
        .chunks_exact(8)
        .map(|w| u64::from_le_bytes(w.try_into().expect("8 bytes")))
        .collect();
    let (mut out, mut i) = (Vec::new(), 0);
    while i < words.len() {
        let w = words[i];
        match w >> 62 {
            SM_DEBUG_PREFIX => i += 1,
            SM2_PREFIX => {
                let w2 = *words.get(i + 1)?;
                let run = ((w >> 24) & ((1 << 36) - 1)) + 1;
                out.push((w2 >> 63 == 0, w2 & !(1 << 63), run));
                i += 2;
            }
            _ => {
                let run = (w & 0x7fff) + 1;
                out.push(((w >> 15) & 1 == 0, (w >> 16) & ((1 << 47) - 1), run));
                i += 1;
            }
        }
    }
    Some(out)
}
