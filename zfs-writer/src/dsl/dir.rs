//! DSL directories: the `dsl_dir_phys_t` bonus and the props and child-map ZAPs.
//! OpenZFS module/zfs/dsl_dir.c (`dsl_dir_create_sync`: `DD_FLAG_USED_BREAKDOWN` since SPA
//! v13; children are named by their last component).
use zerocopy::{FromZeros, IntoBytes};

use super::PropValue;
use super::builder::Mos;
use super::ids::DirIds;
use super::props::props_zap;
use super::space::DirSpace;
use super::zaps::zap_object;
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

/// `DD_FIELD_SNAPSHOTS_CHANGED`: seconds and nanoseconds of the last snapshot change
/// (dsl_dir.c `dsl_dir_snap_cmtime_update`, with `extensible_dataset` enabled).
const SNAPSHOTS_CHANGED: &str = "com.ixsystems:snapshots_changed";

/// The bonus of directory `ids` created at `time`.
fn dir_phys(ids: DirIds, links: DirLinks, space: DirSpace, time: u64) -> DslDirPhys {
    let mut dd = DslDirPhys::new_zeroed();
    let total = space.total();
    dd.dd_creation_time.set(time);
    dd.dd_head_dataset_obj.set(links.head);
    dd.dd_parent_obj.set(links.parent);
    dd.dd_origin_obj.set(links.origin);
    dd.dd_child_dir_zapobj.set(ids.child_map);
    dd.dd_used_bytes.set(total.used);
    dd.dd_compressed_bytes.set(total.compressed);
    dd.dd_uncompressed_bytes.set(total.uncompressed);
    dd.dd_props_zapobj.set(ids.props);
    dd.dd_flags.set(DD_FLAG_USED_BREAKDOWN);
    dd.dd_used_breakdown[DD_USED_HEAD].set(space.head.used);
    dd.dd_used_breakdown[DD_USED_CHILD].set(space.child.used);
    dd.dd_clones.set(links.clones);
    dd
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
            Some(time) => {
                let mut zap = Zap::new(self.salt(ids.dir));
                zap.add(
                    SNAPSHOTS_CHANGED.as_bytes(),
                    ZapValue::U64Array(vec![time, 0]),
                );
                let data = zap_object(DmuType::OtnZapMetadata, &zap);
                Object {
                    bonus_type: DmuType::DslDir,
                    bonus: dir.bonus,
                    ..data
                }
            }
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
