//! One `dnode_phys_t` (512 bytes, or more with `dn_extra_slots`), bounds-checked before use.
use crate::blk::{Bp, MAX_BLOCK};
use crate::error::{Result, ensure};

/// `DNODE_FLAG_SPILL_BLKPTR`: the last 128 bytes of the dnode hold a spill pointer.
const DNODE_FLAG_SPILL_BLKPTR: u8 = 4;
/// Levels enough for 2^64 bytes with the smallest indirect blocks.
const MAX_LEVELS: u8 = 30;

/// A dnode's bytes (all its slots).
#[derive(Clone, Debug)]
pub(crate) struct Dnode(pub Vec<u8>);

impl Dnode {
    pub fn dn_type(&self) -> u8 {
        self.0[0]
    }
    pub fn indblkshift(&self) -> u32 {
        u32::from(self.0[1])
    }
    pub fn nlevels(&self) -> u8 {
        self.0[2]
    }
    fn nblkptr(&self) -> usize {
        usize::from(self.0[3])
    }
    pub fn bonustype(&self) -> u8 {
        self.0[4]
    }
    fn u16_at(&self, i: usize) -> u64 {
        u64::from(u16::from_le_bytes([self.0[i], self.0[i + 1]]))
    }
    /// Data block size in bytes.
    pub fn datablksz(&self) -> u64 {
        self.u16_at(8) << 9
    }
    pub fn maxblkid(&self) -> u64 {
        u64::from_le_bytes(self.0[16..24].try_into().expect("8 bytes"))
    }
    fn spill_flag(&self) -> bool {
        self.0[7] & DNODE_FLAG_SPILL_BLKPTR != 0
    }

    /// Checks the geometry fields every reader relies on; `at` names the object.
    pub fn check(&self, at: &str) -> Result<()> {
        let (n, bonus) = (self.nblkptr(), self.u16_at(10) as usize);
        let room = self.0.len() - 64 - if self.spill_flag() { 128 } else { 0 };
        ensure((1..=3).contains(&n) && n * 128 + bonus <= room, at, || {
            format!("{n} block pointers and a {bonus}-byte bonus do not fit")
        })?;
        let (blksz, ind) = (self.datablksz(), self.indblkshift());
        ensure((1..=MAX_LEVELS).contains(&self.nlevels()), at, || {
            format!("{} levels", self.nlevels())
        })?;
        ensure((512..=MAX_BLOCK).contains(&blksz), at, || {
            format!("data block size {blksz}")
        })?;
        ensure(self.nlevels() == 1 || (10..=17).contains(&ind), at, || {
            format!("indirect block shift {ind}")
        })
    }

    /// The block pointers in the dnode (after [`Dnode::check`]).
    pub fn blkptrs(&self) -> Vec<Bp> {
        let n = self.nblkptr();
        (0..n).map(|i| Bp::parse(&self.0[64 + i * 128..])).collect()
    }

    /// The bonus buffer (after [`Dnode::check`]).
    pub fn bonus(&self) -> &[u8] {
        let start = 64 + self.nblkptr() * 128;
        &self.0[start..start + self.u16_at(10) as usize]
    }

    /// The spill block pointer, when the flag says there is one.
    pub fn spill(&self) -> Option<Bp> {
        let at = self.0.len() - 128;
        self.spill_flag().then(|| Bp::parse(&self.0[at..]))
    }

    /// The dnodes of a dnode block: `(slot, dnode)` for each allocated one, large ones whole.
    pub fn split_block(block: &[u8]) -> Vec<(u64, Dnode)> {
        let (mut out, mut slot) = (Vec::new(), 0);
        while (slot + 1) * 512 <= block.len() {
            let extra = usize::from(block[slot * 512 + 12]);
            let end = ((slot + 1 + extra) * 512).min(block.len());
            if block[slot * 512] != 0 {
                out.push((slot as u64, Dnode(block[slot * 512..end].to_vec())));
            }
            slot += 1 + extra;
        }
        out
    }
}
