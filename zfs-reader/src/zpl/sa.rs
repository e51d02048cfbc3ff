//! System Attributes (module/zfs/sa.c): the registry (name → number and length), the layouts
//! (number → attribute list), and `sa_attr_iter` over a bonus or spill buffer.
use std::collections::HashMap;

use crate::dmu::Objset;
use crate::error::{Result, corrupt, ensure};
use crate::pool::Pool;
use crate::zap::lookup;

/// `SA_MAGIC`.
const SA_MAGIC: u32 = 0x2F505A;

/// One object set's registry and layouts.
pub(super) struct SaTable {
    /// Attribute number → (name, fixed length or 0 for variable).
    attrs: HashMap<u64, (String, usize)>,
    /// Layout number → attribute numbers in order.
    layouts: HashMap<u64, Vec<u64>>,
}

impl Pool<'_> {
    /// The SA master node `sa_obj`'s `REGISTRY` and `LAYOUTS`.
    pub(super) fn sa_table(&self, os: &Objset, sa_obj: u64) -> Result<SaTable> {
        let at = format!("{} SA master node", os.name);
        let master = self.zap(os, sa_obj, &at)?;
        let need = |n| lookup(&master, n).ok_or_else(|| corrupt(&at, format!("no {n}")));
        let reg = self.zap(os, need("REGISTRY")?, &format!("{} SA registry", os.name))?;
        let attrs = reg.iter().filter_map(|e| {
            let v = e.value()?;
            let name = String::from_utf8_lossy(&e.name).into_owned();
            Some((v & 0xffff, (name, ((v >> 24) & 0xffff) as usize)))
        });
        let lay = self.zap(os, need("LAYOUTS")?, &format!("{} SA layouts", os.name))?;
        let layouts = lay.into_iter().filter_map(|e| {
            let num = std::str::from_utf8(&e.name).ok()?.parse().ok()?;
            Some((num, e.values))
        });
        Ok(SaTable {
            attrs: attrs.collect(),
            layouts: layouts.collect(),
        })
    }
}

impl SaTable {
    /// The attributes of the SA buffer `b` (`sa_hdr_phys_t`, lengths, 8-aligned data).
    pub fn parse(&self, b: &[u8], at: &str) -> Result<Vec<(String, Vec<u8>)>> {
        ensure(b.len() >= 8 && b[..4] == SA_MAGIC.to_le_bytes(), at, || {
            "no SA header".into()
        })?;
        let layout = u64::from(u16::from_le_bytes([b[4], b[5]]) & 0x3ff);
        let attrs = self
            .layouts
            .get(&layout)
            .ok_or_else(|| corrupt(at, format!("SA layout {layout} is not registered")))?;
        let mut specs = Vec::with_capacity(attrs.len());
        for a in attrs {
            let (name, len) = self
                .attrs
                .get(a)
                .ok_or_else(|| corrupt(at, format!("SA attribute {a} is not registered")))?;
            specs.push((name.clone(), *len));
        }
        let var = specs.iter().filter(|(_, l)| *l == 0).count();
        let (mut pos, mut k) = ((6 + 2 * var).next_multiple_of(8), 0);
        let mut out = Vec::with_capacity(specs.len());
        for (name, fixed) in specs {
            let len = if fixed > 0 {
                fixed
            } else {
                k += 1;
                let i = 6 + 2 * (k - 1);
                usize::from(u16::from_le_bytes([
                    b.get(i).copied().unwrap_or(0),
                    b.get(i + 1).copied().unwrap_or(0),
                ]))
            };
            let v = b
                .get(pos..pos + len)
                .ok_or_else(|| corrupt(at, format!("SA attribute {name} runs past the buffer")))?;
            out.push((name, v.to_vec()));
            pos = (pos + len).next_multiple_of(8);
        }
        Ok(out)
    }
}
