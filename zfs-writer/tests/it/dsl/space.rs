//! Space: datasets count their object set's blocks, directories add their children's as
//! `DD_USED_CHILD`, and `$MOS` holds the MOS's own blocks (all metadata: uncompressed = psize).
use zfs_writer::dmu::Stats;
use zfs_writer::dsl::{DMU_POOL_DIRECTORY_OBJECT, DslInput, plan};
use zfs_writer::phys::{DD_USED_CHILD, DD_USED_HEAD, DslDirPhys};

use super::fixture::{dataset, input};
use super::view::View;

/// (used, compressed, uncompressed, HEAD, CHILD) of a directory.
fn dir_space(d: &DslDirPhys) -> [u64; 5] {
    [
        d.dd_used_bytes.get(),
        d.dd_compressed_bytes.get(),
        d.dd_uncompressed_bytes.get(),
        d.dd_used_breakdown[DD_USED_HEAD].get(),
        d.dd_used_breakdown[DD_USED_CHILD].get(),
    ]
}

/// The reference pool plus `ROOT/home`.
fn nested() -> DslInput {
    let mut input = input();
    input.datasets.push(dataset("ROOT/home", 7, 8192, &[]));
    input
}

#[test]
fn datasets_count_their_object_sets() {
    let input = nested();
    let plan = plan(&input);
    let v = View::new(&plan);
    for (i, (_, id)) in plan.datasets.iter().enumerate() {
        let ds = v.ds(*id);
        let u = &input.datasets[i].usage;
        let got = [
            ds.ds_referenced_bytes,
            ds.ds_compressed_bytes,
            ds.ds_uncompressed_bytes,
        ];
        assert_eq!(got.map(|x| x.get()), [u.asize, u.psize, u.lsize]);
        assert_eq!(
            ds.ds_unique_bytes.get(),
            u.asize,
            "nothing shared with $ORIGIN@$ORIGIN"
        );
        assert_eq!(ds.ds_bp, input.datasets[i].objset);
    }
}

#[test]
fn directories_roll_up_children_and_the_mos() {
    let input = nested();
    let mut plan = plan(&input);
    let mos = Stats {
        asize: 516_096,
        psize: 86_016,
        lsize: 344_064,
    };
    plan.mos_dirs.account(&mut plan.objects, &mos);
    let v = View::new(&plan);
    let [root, rootfs, home] = [0, 1, 2].map(|i| &input.datasets[i].usage);
    let dir = |i: usize| dir_space(&v.dir(v.ds(plan.datasets[i].1).ds_dir_obj.get()));
    let h = home.asize;
    assert_eq!(dir(2), [h, home.psize, home.lsize, h, 0]);
    let r = [
        rootfs.asize + h,
        rootfs.psize + home.psize,
        rootfs.lsize + home.lsize,
    ];
    assert_eq!(dir(1), [r[0], r[1], r[2], rootfs.asize, h]);
    let child = [r[0] + mos.asize, r[1] + mos.psize, r[2] + mos.psize];
    let all = [
        root.asize + child[0],
        root.psize + child[1],
        root.lsize + child[2],
    ];
    assert_eq!(dir(0), [all[0], all[1], all[2], root.asize, child[0]]);
    let root_dir = v.dir(v.lookup(DMU_POOL_DIRECTORY_OBJECT, "root_dataset"));
    let special = |name| dir_space(&v.dir(v.lookup(root_dir.dd_child_dir_zapobj.get(), name)));
    assert_eq!(
        special("$MOS"),
        [mos.asize, mos.psize, mos.psize, mos.asize, 0]
    );
    assert_eq!(special("$FREE"), [0; 5]);
    assert_eq!(special("$ORIGIN"), [0; 5]);
}
