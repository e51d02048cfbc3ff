//! Dataset properties land in each directory's props ZAP as `dsl_prop_set_sync_impl` stores a
//! local value: numbers as one `uint64`, strings as bytes with their NUL, and the `$iuv` twin
//! for values older releases do not know (`dsl_prop_set_iuv`).
use std::collections::BTreeMap;

use zfs_writer::dsl::{PropValue, plan};

use super::fixture::input;
use super::view::View;

#[test]
fn props_are_stored_as_zfs_stores_them() {
    let mut input = input();
    let child = &mut input.datasets[1].props;
    child.push(("snapdir".into(), PropValue::Number(2)));
    child.push(("redundant_metadata".into(), PropValue::Number(1)));
    let plan = plan(&input);
    let v = View::new(&plan);
    let props = |i: usize| {
        let dir = v.dir(v.ds(plan.datasets[i].1).ds_dir_obj.get());
        v.entries(dir.dd_props_zapobj.get())
    };
    let text = |s: &[u8]| s.iter().map(|&b| u64::from(b)).collect::<Vec<u64>>();
    let root = BTreeMap::from([
        ("compression".to_string(), vec![15]),
        ("mountpoint".to_string(), text(b"none\0")),
    ]);
    assert_eq!(props(0), root);
    let child = BTreeMap::from([
        ("mountpoint".to_string(), text(b"/\0")),
        ("redundant_metadata".to_string(), vec![1]),
        ("snapdir".to_string(), vec![0]),
        ("snapdir$iuv".to_string(), vec![2]),
    ]);
    assert_eq!(props(1), child, "dsl_prop_set_iuv");
}
