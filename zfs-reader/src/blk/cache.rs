//! Indirect and dnode blocks kept after an object lookup read them: looking up thousands of
//! objects would otherwise decompress the same 128 KiB indirect blocks thousands of times.
use std::collections::HashMap;
use std::fmt::Display;
use std::rc::Rc;

use super::Bp;
use crate::error::Result;
use crate::pool::Pool;

/// Bytes of decompressed blocks kept before the cache starts over.
const CACHE_BYTES: usize = 64 << 20;
/// Blocks by first-DVA offset, and the bytes they hold.
pub(crate) type BlockCache = (HashMap<u64, Rc<Vec<u8>>>, usize);
/// `DMU_OT_DNODE`.
const DMU_OT_DNODE: u64 = 10;

impl Pool<'_> {
    /// [`Pool::read_bp`], kept for next time when `bp` is an indirect or dnode block.
    pub fn read_cached(&self, bp: &Bp, at: &dyn Display) -> Result<Rc<Vec<u8>>> {
        let key = bp.dvas().next().map(|d| d.offset());
        let keep = key.filter(|_| bp.level() > 0 || bp.dmu_type() == DMU_OT_DNODE);
        if let Some(k) = keep
            && let Some(b) = self.cache.borrow().0.get(&k)
        {
            return Ok(Rc::clone(b));
        }
        let data = Rc::new(self.read_bp(bp, at)?);
        if let Some(k) = keep {
            let mut cache = self.cache.borrow_mut();
            if cache.1 + data.len() > CACHE_BYTES {
                *cache = Default::default();
            }
            cache.1 += data.len();
            cache.0.insert(k, Rc::clone(&data));
        }
        Ok(data)
    }
}
