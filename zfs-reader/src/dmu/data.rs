//! Reading objects (dbuf.c `dbuf_findbp` by hand): one L0 block by id through the indirect
//! blocks, every L0 block in order, and a dnode by object id.
use std::rc::Rc;

use super::{Dnode, Objset};
use crate::blk::Bp;
use crate::error::{Result, corrupt, ensure};
use crate::pool::Pool;

impl Pool<'_> {
    /// L0 block `blkid` of `dn`, or `None` for a hole or a block past the tree.
    pub fn block(&self, dn: &Dnode, blkid: u64, at: &str) -> Result<Option<Rc<Vec<u8>>>> {
        let shift = dn.indblkshift().saturating_sub(7);
        let mut level = u64::from(dn.nlevels() - 1);
        let top = blkid.checked_shr(shift * level as u32).unwrap_or(0);
        let Some(mut bp) = dn.blkptrs().get(top as usize).copied() else {
            return Ok(None);
        };
        loop {
            if bp.is_hole() {
                return Ok(None);
            }
            let here = format!("{at} L{level} of block {blkid}");
            ensure(bp.level() == level, &here, || {
                format!("pointer says level {}", bp.level())
            })?;
            let data = self.read_cached(&bp, &here)?;
            if level == 0 {
                return Ok(Some(data));
            }
            level -= 1;
            let i = blkid.checked_shr(shift * level as u32).unwrap_or(0) & ((1 << shift) - 1);
            let child = data.get(i as usize * 128..(i as usize + 1) * 128);
            bp = Bp::parse(child.ok_or_else(|| corrupt(&here, "indirect block too small"))?);
        }
    }

    /// Every block of `dn` from 0 to `dn_maxblkid` (holes as zeros), capped at `limit` bytes.
    pub fn read_object(&self, dn: &Dnode, at: &str, limit: u64) -> Result<Vec<u8>> {
        let blksz = dn.datablksz();
        let total = dn.maxblkid().saturating_add(1).saturating_mul(blksz);
        ensure(total <= limit, at, || {
            format!("{total} bytes of data, more than {limit}")
        })?;
        let mut out = Vec::new();
        for blkid in 0..=dn.maxblkid() {
            match self.block(dn, blkid, at)? {
                Some(b) if b.len() as u64 == blksz => out.extend_from_slice(&b),
                Some(b) => return Err(corrupt(at, format!("block {blkid} is {} bytes", b.len()))),
                None => out.resize(out.len() + blksz as usize, 0),
            }
        }
        Ok(out)
    }

    /// Object `id` of `os`; an error if it is free or out of range.
    pub fn dnode(&self, os: &Objset, id: u64, at: &str) -> Result<Dnode> {
        let per_block = os.meta.datablksz() / 512;
        let (blkid, slot) = (id / per_block, (id % per_block) as usize);
        let meta_at = format!("{} meta-dnode", os.name);
        let block = self.block(&os.meta, blkid, &meta_at)?.unwrap_or_default();
        let found = Dnode::split_block(&block)
            .into_iter()
            .find(|(s, _)| *s as usize == slot);
        let dn = found
            .ok_or_else(|| corrupt(at, format!("object {id} of {} is free", os.name)))?
            .1;
        dn.check(at)?;
        Ok(dn)
    }
}
