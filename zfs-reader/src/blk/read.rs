//! Reading the block a pointer names: every copy checksummed, then decompressed to lsize.
use std::fmt::Display;

use zfs_writer::phys::Dva;

use super::bp::{Bp, MAX_BLOCK};
use super::checksum;
use super::decompress::decompress;
use crate::error::{Result, corrupt, ensure, unsupported};
use crate::pool::{LABEL_START, Pool};

impl Pool<'_> {
    /// The logical bytes of `bp`'s block (zeros for a hole); `at` names it in errors.
    pub fn read_bp(&self, bp: &Bp, at: &dyn Display) -> Result<Vec<u8>> {
        check_prop(bp, at)?;
        if bp.is_hole() {
            return Ok(vec![0; bp.lsize() as usize]);
        }
        let physical = if bp.embedded() {
            let mut p = bp.payload();
            p.truncate(bp.psize() as usize);
            p
        } else {
            let mut copies = bp.dvas().map(|d| self.read_copy(bp, d, at));
            let first = copies.next().expect("not a hole")?;
            copies.try_for_each(|c| c.map(drop))?;
            first
        };
        decompress(bp, physical, at)
    }

    fn read_copy(&self, bp: &Bp, dva: &Dva, at: &dyn Display) -> Result<Vec<u8>> {
        let where_ = || format!("{at} DVA {}", dva_text(dva));
        if dva.vdev() != 0 || dva.dva_word[1].get() >> 63 == 1 {
            return Err(unsupported(where_(), "another vdev or a gang block"));
        }
        let (offset, psize) = (dva.offset(), bp.psize());
        let end = offset.checked_add(dva.asize().max(psize));
        ensure(end.is_some_and(|e| e <= self.asize), where_(), || {
            format!("block ends past the vdev's {} bytes", self.asize)
        })?;
        let mut buf = vec![0; psize as usize];
        self.src
            .read_exact_at(LABEL_START + offset, &mut buf)
            .map_err(|e| corrupt(where_(), format!("cannot read {psize} bytes: {e}")))?;
        if let Some(got) = checksum::compute(bp.checksum(), &buf) {
            let want = bp.0.blk_cksum.map(|w| w.get());
            ensure(got == want, where_(), || {
                format!(
                    "{} checksum {got:x?} != {want:x?}",
                    checksum::name(bp.checksum())
                )
            })?;
        }
        Ok(buf)
    }
}

fn check_prop(bp: &Bp, at: &dyn Display) -> Result<()> {
    if bp.is_hole() {
        return Ok(());
    }
    if !bp.little_endian() || bp.0.blk_prop.get() >> 61 & 1 == 1 {
        return Err(unsupported(at, "a big-endian or encrypted block"));
    }
    // DMU_OT_IS_VALID: below DMU_OT_NUMTYPES (54), or a new-style type with a byteswap
    // function below DMU_BSWAP_NUMFUNCS (10) (zio.c `zfs_blkptr_verify`).
    let t = bp.dmu_type();
    ensure(
        if t & 0x80 != 0 { t & 0x1f < 10 } else { t < 54 },
        at,
        || format!("object type {t}"),
    )?;
    ensure(
        bp.lsize() <= MAX_BLOCK && bp.psize() <= bp.lsize().max(512),
        at,
        || format!("sizes {}L/{}P", bp.lsize(), bp.psize()),
    )?;
    if bp.embedded() {
        ensure(bp.etype() == 0 && bp.psize() <= 112, at, || {
            "bad embedded pointer".into()
        })
    } else if !checksum::known(bp.checksum()) {
        Err(unsupported(
            at,
            format!("checksum {}", checksum::name(bp.checksum())),
        ))
    } else {
        Ok(())
    }
}

/// `<vdev:offset:asize>` as zdb prints a DVA.
pub(crate) fn dva_text(d: &Dva) -> String {
    format!("<{}:{:x}:{:x}>", d.vdev(), d.offset(), d.asize())
}
