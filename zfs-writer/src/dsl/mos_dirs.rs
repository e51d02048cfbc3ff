//! The MOS's own space, accounted once the MOS is laid out: `$MOS` holds it as its head, the
//! root directory as one of its children.
//! OpenZFS module/zfs/dsl_pool.c (`dsl_pool_mos_diduse_space`, then `dsl_dir_diduse_space` of
//! `$MOS` in `dsl_pool_sync`); makefs dsl.c (`dsl_dir_root_finalize`).
use zerocopy::FromBytes;

use super::dir::diduse;
use super::space::Space;
use crate::dmu::{Object, Stats};
use crate::phys::{DD_USED_CHILD, DD_USED_HEAD, DslDirPhys};

/// The directories that account for the MOS's own blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MosDirs {
    /// The root directory: the MOS is one of its children (`DD_USED_CHILD`).
    pub root: u64,
    /// `$MOS`: the MOS is its head (`DD_USED_HEAD`).
    pub mos: u64,
}

impl MosDirs {
    /// Adds the MOS's blocks `used` to `$MOS` and the root directory among `objects`, which
    /// are in id order.
    ///
    /// # Panics
    /// If either directory is missing from `objects`.
    pub fn account(&self, objects: &mut [(u64, Object)], used: &Stats) {
        let space = Space::of_mos(used);
        for (id, which) in [(self.mos, DD_USED_HEAD), (self.root, DD_USED_CHILD)] {
            let at = objects.binary_search_by_key(&id, |o| o.0);
            let dir = &mut objects[at.expect("the plan's directory")].1;
            let dd = DslDirPhys::mut_from_bytes(&mut dir.bonus).expect("a dsl_dir_phys_t bonus");
            diduse(dd, space, which);
        }
    }
}
