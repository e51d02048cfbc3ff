//! Rebuilding with another `mos_used` changes only DSL-directory bonuses (the root's and
//! `$MOS`'s): the caller can plan, write, measure the MOS and plan again.
use zfs_writer::dmu::Stats;
use zfs_writer::dsl::plan;
use zfs_writer::phys::DmuType;

use super::fixture::input;
use super::view::View;

#[test]
fn mos_used_changes_only_directory_bonuses() {
    let a = plan(&input());
    let mut bigger = input();
    bigger.mos_used = Stats {
        asize: 1 << 20,
        psize: 300_000,
        lsize: 900_000,
    };
    let b = plan(&bigger);
    assert_eq!(
        (a.config, a.metaslab_array, a.next_object),
        (b.config, b.metaslab_array, b.next_object)
    );
    assert_eq!(a.objects.len(), b.objects.len());
    let mut changed = Vec::new();
    for ((id_a, oa), (id_b, ob)) in a.objects.iter().zip(&b.objects) {
        assert_eq!(id_a, id_b);
        assert_eq!((oa.dmu_type, oa.bonus_type), (ob.dmu_type, ob.bonus_type));
        assert_eq!(
            format!("{:?}", oa.data),
            format!("{:?}", ob.data),
            "object {id_a} data"
        );
        if oa.bonus != ob.bonus {
            assert_eq!(oa.dmu_type, DmuType::DslDir, "object {id_a} changed");
            changed.push(*id_a);
        }
    }
    let v = View::new(&a);
    let root = v.lookup(1, "root_dataset");
    let mos = v.lookup(v.dir(root).dd_child_dir_zapobj.get(), "$MOS");
    assert_eq!(changed, [root, mos], "the root directory and $MOS");
}
