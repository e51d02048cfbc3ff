//! Pairs and values of an XDR nvlist (nvpair.c `nvs_xdr_nvl_fini`, `nvs_xdr_nvp_op`).
use super::xdr::Xdr;
use super::{NvList, NvValue};

/// Nested lists deeper than this are refused (labels nest 3 deep).
const MAX_DEPTH: u32 = 16;

/// Decodes a packed nvlist (4-byte header, then XDR); `None` when it is malformed.
pub(crate) fn decode(buf: &[u8]) -> Option<NvList> {
    let (head, body) = (buf.get(..4)?, buf.get(4..)?);
    if head[0] != 1 {
        return None; // NV_ENCODE_XDR
    }
    list(&mut Xdr::new(body), 0)
}

fn list(x: &mut Xdr, depth: u32) -> Option<NvList> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (_version, _flag) = (x.u32()?, x.u32()?);
    let mut pairs = Vec::new();
    loop {
        let (encoded, _decoded) = (x.u32()?, x.u32()?);
        if encoded == 0 {
            return Some(NvList(pairs));
        }
        let name = x.string()?.to_vec();
        let (kind, nelem) = (x.u32()?, x.u32()? as usize);
        pairs.push((name, value(x, kind, nelem, depth)?));
    }
}

fn value(x: &mut Xdr, kind: u32, nelem: usize, depth: u32) -> Option<NvValue> {
    Some(match kind {
        1 => NvValue::Other(kind),                            // BOOLEAN: no value
        2..=6 | 21..=23 => NvValue::U64(u64::from(x.u32()?)), // 32-bit scalars
        7 | 8 | 18 => NvValue::U64(x.u64()?),                 // INT64, UINT64, HRTIME
        9 => NvValue::Str(x.string()?.to_vec()),              // STRING
        10 | 25 | 26 => NvValue::Bytes(x.opaque(nelem)?.to_vec()), // byte arrays
        19 => NvValue::List(list(x, depth + 1)?),             // NVLIST
        20 => NvValue::Lists(lists(x, nelem, depth)?),        // NVLIST_ARRAY
        11..=17 | 24 => skip_array(x, kind)?,                 // other arrays
        _ => return None,
    })
}

fn lists(x: &mut Xdr, nelem: usize, depth: u32) -> Option<Vec<NvList>> {
    (nelem.checked_mul(8)? <= x.left()).then_some(())?;
    (0..nelem).map(|_| list(x, depth + 1)).collect()
}

fn skip_array(x: &mut Xdr, kind: u32) -> Option<NvValue> {
    let wide = matches!(kind, 15 | 16);
    let n = x.count(if wide { 8 } else { 4 })?;
    for _ in 0..n {
        if kind == 17 {
            x.string()?;
        } else if wide {
            x.u64()?;
        } else {
            x.u32()?;
        }
    }
    Some(NvValue::Other(kind))
}
