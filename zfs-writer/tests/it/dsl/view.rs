//! A view of a plan that reads its objects the way OpenZFS does: ZAPs through the ZAP tests'
//! reader, bonuses through our phys structs.
use std::collections::BTreeMap;

use zerocopy::FromBytes;
use zfs_writer::dmu::{Object, ObjectData};
use zfs_writer::dsl::DslPlan;
use zfs_writer::phys::{DmuType, DslDatasetPhys, DslDirPhys};
use zfs_writer::zap::phys::{MzapPhys, ZBT_MICRO};

use crate::zap::decode::Zap;

/// A plan's objects by id.
pub struct View<'a>(pub BTreeMap<u64, &'a Object>);

impl View<'_> {
    /// The objects of `plan`.
    pub fn new(plan: &DslPlan) -> View<'_> {
        View(plan.objects.iter().map(|(id, o)| (*id, o)).collect())
    }

    /// Object `id`, which must exist and be of type `t`.
    pub fn typed(&self, id: u64, t: DmuType) -> &Object {
        let o = self.0.get(&id).unwrap_or_else(|| panic!("no object {id}"));
        assert_eq!(o.dmu_type, t, "object {id}");
        o
    }

    /// ZAP object `id`, opened from its blocks. The reader takes only `mz_normflags` 0, so a
    /// snapshot-names ZAP's `U8_TEXTPREP_TOUPPER` (2) is checked here and cleared: its names
    /// are upper-case, so normalizing changes no hash.
    pub fn zap(&self, id: u64) -> Zap {
        let o = self.0[&id];
        let ObjectData::Blocks { blocks, .. } = &o.data else {
            panic!("object {id} has no blocks")
        };
        let mut blocks = blocks.clone();
        let (header, _) = MzapPhys::mut_from_prefix(&mut blocks[0]).expect("a 512-byte block");
        if header.mz_block_type.get() == ZBT_MICRO {
            let want = if o.dmu_type == DmuType::DslDsSnapMap {
                2
            } else {
                0
            };
            assert_eq!(header.mz_normflags.get(), want, "mz_normflags of {id}");
            header.mz_normflags.set(0);
        }
        Zap::open(&blocks)
    }

    /// Every (name, integers) of ZAP `id`, by name.
    pub fn entries(&self, id: u64) -> BTreeMap<String, Vec<u64>> {
        let e = self.zap(id).entries().into_iter();
        e.map(|e| (String::from_utf8(e.name).unwrap(), e.value.ints))
            .collect()
    }

    /// The single `uint64` under `name` in ZAP `id`.
    pub fn lookup(&self, id: u64, name: &str) -> u64 {
        let v = self.zap(id).lookup(name.as_bytes());
        let v = v.unwrap_or_else(|| panic!("{name:?} not in ZAP {id}"));
        assert_eq!((v.intlen, v.ints.len()), (8, 1), "{name:?} in ZAP {id}");
        v.ints[0]
    }

    /// The bonus of DSL directory `id`.
    pub fn dir(&self, id: u64) -> DslDirPhys {
        let o = self.typed(id, DmuType::DslDir);
        DslDirPhys::read_from_bytes(&o.bonus).expect("256-byte bonus")
    }

    /// The bonus of dataset `id`.
    pub fn ds(&self, id: u64) -> DslDatasetPhys {
        let o = self.typed(id, DmuType::DslDataset);
        DslDatasetPhys::read_from_bytes(&o.bonus).expect("320-byte bonus")
    }
}
