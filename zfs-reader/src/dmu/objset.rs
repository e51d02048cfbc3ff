//! `objset_phys_t` (dmu_objset.h): the meta-dnode, the intent-log header, the type, and the
//! user/group/project accounting dnodes of V2/V3 object sets.
use super::Dnode;
use crate::blk::Bp;
use crate::error::{Result, ensure};
use crate::pool::Pool;

/// `OBJSET_PHYS_SIZE_V1`: the smallest object set block.
const OBJSET_MIN: usize = 1024;
/// Offsets of `os_zil_header.zh_log`, `os_type` and `os_flags`.
const ZH_LOG: usize = 512 + 16;
const OS_TYPE: usize = 704;
const OS_FLAGS: usize = 712;

/// An opened object set.
pub(crate) struct Objset {
    /// Name for messages ("MOS", "anvil_pool/ROOT").
    pub name: String,
    pub meta: Dnode,
    pub os_type: u64,
    /// `OBJSET_FLAG_*`: which accounting objects are complete.
    pub flags: u64,
    /// The intent log's first block (a hole when the log is empty).
    pub zil: Bp,
    /// Accounting dnodes in use: (1 user, 2 group, 3 project; the object is minus that).
    pub used: Vec<(usize, Dnode)>,
}

impl Pool<'_> {
    /// Reads and checks the object set `bp` points at.
    pub fn open_objset(&self, bp: &Bp, name: &str) -> Result<Objset> {
        let at = format!("{name} objset");
        let b = self.read_bp(bp, &at)?;
        ensure(b.len() >= OBJSET_MIN && bp.dmu_type() == 11, &at, || {
            format!("{} bytes of type {}", b.len(), bp.dmu_type())
        })?;
        let meta = Dnode(b[..512].to_vec());
        meta.check(&format!("{at} meta-dnode"))?;
        let used = (1..4)
            .filter(|i| b.len() >= 1024 + i * 512)
            .map(|i| (i, Dnode(b[512 + i * 512..][..512].to_vec())));
        let used: Vec<(usize, Dnode)> = used.filter(|(_, d)| d.dn_type() != 0).collect();
        for (_, d) in &used {
            d.check(&format!("{at} accounting dnode"))?;
        }
        Ok(Objset {
            name: name.to_owned(),
            meta,
            os_type: u64::from_le_bytes(b[OS_TYPE..OS_TYPE + 8].try_into().expect("8 bytes")),
            flags: u64::from_le_bytes(b[OS_FLAGS..OS_FLAGS + 8].try_into().expect("8 bytes")),
            zil: Bp::parse(&b[ZH_LOG..]),
            used,
        })
    }
}
