//! The MOS `config` object against the labels (spa.c `spa_ld_trusted_config`,
//! `spa_ld_validate_vdevs`): the kernel trusts this copy once the MOS is readable, so it must
//! name the same pool, the same vdev and the same metaslab geometry as every label.
use crate::dmu::Objset;
use crate::error::{Result, corrupt, ensure};
use crate::nvlist::{NvList, NvValue, decode};
use crate::pool::Pool;
use crate::vdev::Label;
use crate::zap::lookup;

const AT: &str = "MOS config";

impl Pool<'_> {
    /// Decodes the MOS config and compares it with `label`.
    pub fn check_config(&self, mos: &Objset, label: &Label) -> Result<()> {
        let dir = self.zap(mos, 1, "MOS object directory")?;
        let obj = lookup(&dir, "config")
            .ok_or_else(|| corrupt(AT, "no config in the object directory"))?;
        let dn = self.dnode(mos, obj, AT)?;
        let size = dn
            .bonus()
            .get(..8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("8")));
        let data = self.read_object(&dn, AT, self.src.size())?;
        let packed = size.and_then(|s| data.get(..usize::try_from(s).ok()?));
        let nv = packed
            .and_then(decode)
            .ok_or_else(|| corrupt(AT, "packed nvlist does not decode"))?;
        let root = nv
            .list("vdev_tree")
            .ok_or_else(|| corrupt(AT, "no vdev_tree"))?;
        let leaf = match root.get("children") {
            Some(NvValue::Lists(c)) if c.len() == 1 => &c[0],
            _ => return Err(corrupt(AT, "the root vdev does not have exactly one child")),
        };
        same(&nv, "pool_guid", label.pool_guid)?;
        same(root, "guid", label.pool_guid)?;
        same(leaf, "guid", label.guid)?;
        same(leaf, "ashift", label.ashift)?;
        same(leaf, "asize", label.asize)?;
        same(leaf, "metaslab_array", label.metaslab_array)?;
        same(leaf, "metaslab_shift", label.metaslab_shift)?;
        ensure(
            nv.str("name").as_deref() == Some(&label.name[..]),
            AT,
            || "pool name differs from the labels'".into(),
        )
    }
}

fn same(nv: &NvList, name: &str, want: u64) -> Result<()> {
    let got = nv.u64(name);
    ensure(got == Some(want), AT, || {
        format!("{name} is {got:?}, the labels say {want}")
    })
}
