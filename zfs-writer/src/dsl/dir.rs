//! DSL directories: the `dsl_dir_phys_t` bonus and the props and child-map ZAPs.
//! OpenZFS module/zfs/dsl_dir.c (`dsl_dir_create_sync`: `DD_FLAG_USED_BREAKDOWN` since SPA
//! v13; children are named by their last component).
use zerocopy::little_endian::U64;
use zerocopy::{FromZeros, IntoBytes};

use super::PropValue;
use super::builder::Mos;
use super::ids::DirIds;
use super::props::props_zap;
use super::space::{DirSpace, Space};
use super::zaps::{zap_object, zapified_dir};
use crate::dmu::{Object, ObjectData};
use crate::phys::{DD_FLAG_USED_BREAKDOWN, DD_USED_CHILD, DD_USED_HEAD, DmuType, DslDirPhys};
use crate::zap::{Zap, ZapValue};

/// A directory's links to other objects (0: none).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct DirLinks {
    pub head: u64,
    pub parent: u64,
    pub origin: u64,
    pub clones: u64,
}

/// What a directory holds: properties set on it, its children (last name, directory), and
/// when its snapshots last changed (the directory is then a ZAP holding the time).
pub(super) struct DirContents<'a> {
    pub props: &'a [(String, PropValue)],
    pub children: Vec<(&'a str, u64)>,
    pub snapshots_changed: Option<u64>,
}

/// The bonus of directory `ids` created at `time`.
fn dir_phys(ids: DirIds, links: DirLinks, space: DirSpace, time: u64) -> DslDirPhys {
    let mut dd = DslDirPhys::new_zeroed();
    dd.dd_creation_time.set(time);
    dd.dd_head_dataset_obj.set(links.head);
    dd.dd_parent_obj.set(links.parent);
    dd.dd_origin_obj.set(links.origin);
    dd.dd_child_dir_zapobj.set(ids.child_map);
    dd.dd_props_zapobj.set(ids.props);
    dd.dd_flags.set(DD_FLAG_USED_BREAKDOWN);
    dd.dd_clones.set(links.clones);
    diduse(&mut dd, space.head, DD_USED_HEAD);
    diduse(&mut dd, space.child, DD_USED_CHILD);
    dd
}

/// `dsl_dir_diduse_space`: `space` added to the directory's totals and to its breakdown
/// entry `which` (a `dd_used_t`).
pub(super) fn diduse(dd: &mut DslDirPhys, space: Space, which: usize) {
    let add = |field: &mut U64, n: u64| field.set(field.get() + n);
    add(&mut dd.dd_used_bytes, space.used);
    add(&mut dd.dd_compressed_bytes, space.compressed);
    add(&mut dd.dd_uncompressed_bytes, space.uncompressed);
    add(&mut dd.dd_used_breakdown[which], space.used);
}

impl Mos<'_> {
    /// Puts directory `ids` with its props and child-map ZAPs.
    pub(super) fn put_dir(
        &mut self,
        ids: DirIds,
        links: DirLinks,
        space: DirSpace,
        c: DirContents,
    ) {
        let bonus = dir_phys(ids, links, space, self.input.creation_time);
        let dir = Object {
            dmu_type: DmuType::DslDir,
            bonus_type: DmuType::DslDir,
            bonus: bonus.as_bytes().to_vec(),
            data: ObjectData::Empty,
        };
        let dir = match c.snapshots_changed {
            None => dir,
            Some(time) => zapified_dir(dir.bonus, self.salt(ids.dir), time),
        };
        self.put(ids.dir, dir);
        let props = props_zap(self.salt(ids.props), c.props);
        self.put(ids.props, zap_object(DmuType::DslProps, &props));
        let mut map = Zap::new(self.salt(ids.child_map));
        for (name, dir) in c.children {
            map.add(name.as_bytes(), ZapValue::U64(dir));
        }
        self.put(ids.child_map, zap_object(DmuType::DslDirChildMap, &map));
    }
}
