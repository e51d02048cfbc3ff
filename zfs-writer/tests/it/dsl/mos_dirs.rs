//! Adding the MOS's own space (`MosDirs::account`) changes only two DSL-directory bonuses, the
//! root's and `$MOS`'s: the caller can plan, lay the MOS out, then account for it.
use zfs_writer::dmu::Stats;
use zfs_writer::dsl::plan;
use zfs_writer::phys::DmuType;

use super::fixture::input;
use super::view::View;

#[test]
fn accounting_the_mos_changes_only_two_directory_bonuses() {
    let a = plan(&input());
    let mut b = a.clone();
    let used = Stats {
        asize: 1 << 20,
        psize: 300_000,
        lsize: 900_000,
    };
    b.mos_dirs.account(&mut b.objects, &used);
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
