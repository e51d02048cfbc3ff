//! One ZPL object: its dnode and its System Attributes (bonus, then spill block) by name.
use super::sa::SaTable;
use crate::dmu::{Dnode, Objset};
use crate::error::{Result, ensure};
use crate::pool::Pool;

/// `DMU_OT_SA`: the bonus type of SA-based znodes.
const DMU_OT_SA: u8 = 44;

/// A znode's attributes (`ZPL_MODE`, `ZPL_SIZE` …) and its dnode.
pub(super) struct Znode {
    pub obj: u64,
    pub dn: Dnode,
    pub attrs: Vec<(String, Vec<u8>)>,
}

impl Znode {
    pub fn bytes(&self, name: &str) -> Option<&[u8]> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| &v[..])
    }

    /// A u64 attribute (or the first word of a wider one).
    pub fn u64(&self, name: &str) -> Option<u64> {
        Some(u64::from_le_bytes(
            self.bytes(name)?.get(..8)?.try_into().ok()?,
        ))
    }

    /// A `(seconds, nanoseconds)` time attribute.
    pub fn time(&self, name: &str) -> Option<(i64, u32)> {
        let b = self.bytes(name)?.get(..16)?;
        let w = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        Some((w(0) as i64, w(8) as u32))
    }
}

impl Pool<'_> {
    /// Object `obj` of `os` as a znode.
    pub(super) fn znode(&self, os: &Objset, sa: &SaTable, obj: u64, at: &str) -> Result<Znode> {
        let dn = self.dnode(os, obj, at)?;
        ensure(dn.bonustype() == DMU_OT_SA, at, || {
            format!("bonus type {} is not SA", dn.bonustype())
        })?;
        let mut attrs = sa.parse(dn.bonus(), at)?;
        if let Some(spill) = dn.spill().filter(|s| !s.is_hole()) {
            let spill_at = format!("{at} spill block");
            let b = self.read_bp(&spill, &spill_at)?;
            attrs.extend(sa.parse(&b, &spill_at)?);
        }
        Ok(Znode { obj, dn, attrs })
    }
}
