//! The plan: every DSL and pool-level object of a new pool's MOS, as objects at fixed ids.
//! OpenZFS module/zfs/spa.c (`spa_create`), dsl_pool.c (`dsl_pool_create`); FreeBSD makefs
//! zfs/dsl.c does the same offline.
use super::DslInput;
use super::builder::Mos;
use super::{MosDirs, VdevZaps};
use crate::dmu::Object;

/// The MOS objects the DSL plan makes, and the ids it leaves to the caller.
/// OpenZFS module/zfs/spa.c `spa_create`; the ids follow its allocation order.
#[derive(Clone, Debug)]
pub struct DslPlan {
    /// Every planned object, in id order; ids run densely from 1 but for the reserved ones.
    pub objects: Vec<(u64, Object)>,
    /// Reserved for the packed config nvlist (`DMU_OT_PACKED_NVLIST`, 16 KiB blocks, an
    /// 8-byte `DMU_OT_PACKED_NVLIST_SIZE` bonus), which the object directory names.
    pub config: u64,
    /// Reserved for the metaslab array the config's `metaslab_array` names.
    pub metaslab_array: u64,
    /// The first id no planned or reserved object uses: the space maps' ids start here.
    pub next_object: u64,
    /// Each input dataset's name and head-dataset object id (what `bootfs` stores).
    pub datasets: Vec<(String, u64)>,
    /// The per-vdev ZAPs the config names, when the pool has them.
    pub vdev_zaps: Option<VdevZaps>,
    /// The directories to add the MOS's own space to once it is known.
    pub mos_dirs: MosDirs,
}

/// Plans the MOS objects of a new pool holding `input`'s datasets.
/// OpenZFS module/zfs/spa.c `spa_create` → dsl_pool.c `dsl_pool_create`, then `zfs create`
/// for each other dataset. The MOS's own space is not in it: the caller lays the MOS out, then
/// adds it with [`MosDirs::account`].
///
/// # Panics
/// If the datasets do not start with the root (""), list a dataset before its parent or
/// twice, or `bootfs` names no dataset.
pub fn plan(input: &DslInput) -> DslPlan {
    let mut mos = Mos::new(input);
    mos.put_pool();
    mos.put_datasets();
    mos.put_origin();
    let (lay, objects) = mos.finish();
    let names = input.datasets.iter().map(|d| d.name.clone());
    let heads = lay.heads.iter().map(|(_, h)| h.ds);
    DslPlan {
        objects,
        config: lay.spa.config,
        metaslab_array: lay.spa.metaslab_array,
        next_object: lay.next,
        vdev_zaps: lay.extra.vdev,
        mos_dirs: MosDirs {
            root: lay.root.dir,
            mos: lay.mos.dir,
        },
        datasets: names.zip(heads).collect(),
    }
}
