//! The metaslab array (MOS object: one space map object id per metaslab, 0 for none) and each
//! space map replayed into the set of allocated bytes (space_map.c `space_map_load`).
use super::Ranges;
use super::entries::{SmEntry, decode};
use crate::dmu::Objset;
use crate::error::{Result, corrupt, ensure};
use crate::pool::Pool;
use crate::vdev::Label;

impl Pool<'_> {
    /// The allocated bytes of the whole vdev, as its space maps say; and the metaslab count.
    pub fn space_maps(&self, mos: &Objset, label: &Label) -> Result<(Ranges, u64)> {
        let at = format!("MOS object {} (metaslab array)", label.metaslab_array);
        let shift = label.metaslab_shift;
        ensure((16..40).contains(&shift) && label.ashift < 17, &at, || {
            format!("metaslab_shift {shift}, ashift {}", label.ashift)
        })?;
        let count = self.asize >> shift;
        let dn = self.dnode(mos, label.metaslab_array, &at)?;
        let array = self.read_object(&dn, &at, count * 8 + (1 << 20))?;
        ensure(array.len() as u64 >= count * 8, &at, || {
            format!("fewer than {count} entries")
        })?;
        let mut all = Ranges::default();
        for (i, w) in array.chunks_exact(8).take(count as usize).enumerate() {
            let obj = u64::from_le_bytes(w.try_into().expect("8 bytes"));
            if obj != 0 {
                let start = (i as u64) << shift;
                let ms = self.replay(mos, obj, (start, 1 << shift), label.ashift)?;
                for (s, e) in ms.iter() {
                    all.add(s, e);
                }
            }
        }
        Ok((all, count))
    }

    /// Space map object `obj` of the metaslab `[start, start + size)`.
    fn replay(
        &self,
        mos: &Objset,
        obj: u64,
        (start, size): (u64, u64),
        ashift: u64,
    ) -> Result<Ranges> {
        let at = format!("MOS object {obj} (space map at {start:#x})");
        let dn = self.dnode(mos, obj, &at)?;
        let bonus = dn.bonus();
        ensure(bonus.len() >= 24, &at, || {
            format!("bonus of {} bytes", bonus.len())
        })?;
        let word = |i: usize| u64::from_le_bytes(bonus[i * 8..i * 8 + 8].try_into().expect("8"));
        let (length, alloc) = (word(1), word(2));
        ensure(length % 8 == 0, &at, || format!("smp_length {length}"))?;
        let data = self.read_object(&dn, &at, self.src.size())?;
        let data = data
            .get(..length as usize)
            .ok_or_else(|| corrupt(&at, "smp_length past the data"))?;
        let entries = decode(data).ok_or_else(|| corrupt(&at, "a two-word entry is cut short"))?;
        let set = apply(&entries, (start, size), ashift, &at)?;
        ensure(set.total() == alloc, &at, || {
            format!("smp_alloc {alloc} but entries allocate {}", set.total())
        })?;
        Ok(set)
    }
}

/// Replays `entries` of the metaslab `[start, start + size)` into the set they allocate.
fn apply(entries: &[SmEntry], (start, size): (u64, u64), ashift: u64, at: &str) -> Result<Ranges> {
    let mut set = Ranges::default();
    for &(is_alloc, off, run) in entries {
        let rel_s = off
            .checked_shl(ashift as u32)
            .filter(|s| s >> ashift == off);
        let rel_e = rel_s.and_then(|s| s.checked_add(run << ashift));
        let ok = match rel_s.zip(rel_e) {
            Some((rs, re)) if re <= size => {
                let (s, e) = (start + rs, start + re);
                if is_alloc {
                    set.add(s, e)
                } else {
                    set.remove(s, e)
                }
            }
            _ => false,
        };
        ensure(ok, at, || {
            format!(
                "entry {} {off:#x}+{run:#x} does not apply",
                if is_alloc { "ALLOC" } else { "FREE" }
            )
        })?;
    }
    Ok(set)
}
