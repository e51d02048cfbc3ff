//! The DSL (include/sys/dsl_dir.h, dsl_dataset.h): from the MOS object directory's
//! `root_dataset`, each DSL directory's head dataset and children, named as `zfs list` does.
mod bpobj; // deferred frees: sync_bplist and free_bpobj

use std::collections::HashSet;

use zerocopy::FromBytes;
use zfs_writer::phys::{DslDatasetPhys, DslDirPhys};

use crate::blk::Bp;
use crate::dmu::Objset;
use crate::error::{Result, corrupt, ensure};
use crate::pool::Pool;
use crate::zap::lookup;

/// `DMU_POOL_DIRECTORY_OBJECT`: the MOS object directory.
const OBJECT_DIRECTORY: u64 = 1;
/// Deeper dataset names than this are refused.
const MAX_DEPTH: usize = 64;

/// A head dataset: its name and its object set's pointer.
#[derive(Clone, Debug)]
pub(crate) struct Dataset {
    pub name: String,
    pub bp: Bp,
}

impl Pool<'_> {
    /// Every dataset below the pool's root dataset, parents first; `$`-names skipped.
    pub fn datasets(&self, mos: &Objset, pool: &str) -> Result<Vec<Dataset>> {
        let dir = self.zap(mos, OBJECT_DIRECTORY, "MOS object directory")?;
        let root = lookup(&dir, "root_dataset")
            .ok_or_else(|| corrupt("MOS object directory", "no root_dataset"))?;
        let (mut out, mut todo, mut seen) =
            (Vec::new(), vec![(pool.to_owned(), root)], HashSet::new());
        while let Some((name, obj)) = todo.pop() {
            let at = format!("DSL directory {name} (MOS object {obj})");
            ensure(
                seen.insert(obj) && name.matches('/').count() < MAX_DEPTH,
                &at,
                || "met twice".into(),
            )?;
            let dd = self.bonus_of::<DslDirPhys>(mos, obj, &at)?;
            if dd.dd_head_dataset_obj.get() != 0 {
                let ds_at = format!("dataset {name}");
                let ds =
                    self.bonus_of::<DslDatasetPhys>(mos, dd.dd_head_dataset_obj.get(), &ds_at)?;
                out.push(Dataset {
                    name: name.clone(),
                    bp: Bp(ds.ds_bp),
                });
            }
            if dd.dd_child_dir_zapobj.get() != 0 {
                let children = self.zap(mos, dd.dd_child_dir_zapobj.get(), &at)?;
                let real = children.iter().filter(|c| c.name.first() != Some(&b'$'));
                for c in real.collect::<Vec<_>>().into_iter().rev() {
                    let child = c.value().ok_or_else(|| corrupt(&at, "child map value"))?;
                    todo.push((
                        format!("{name}/{}", String::from_utf8_lossy(&c.name)),
                        child,
                    ));
                }
            }
        }
        Ok(out)
    }

    /// The bonus of MOS object `obj` as `T`.
    fn bonus_of<T: FromBytes>(&self, mos: &Objset, obj: u64, at: &str) -> Result<T> {
        let dn = self.dnode(mos, obj, at)?;
        let got = T::read_from_prefix(dn.bonus()).map(|(t, _)| t);
        got.map_err(|_| {
            corrupt(
                at,
                format!("bonus of {} bytes is too short", dn.bonus().len()),
            )
        })
    }
}
