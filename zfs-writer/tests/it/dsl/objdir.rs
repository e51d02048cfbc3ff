//! The object directory holds exactly what `spa_create` and `dsl_pool_create` put there for a
//! pool with only lz4 enabled; the feature ZAPs, pool bpobjs and pool props hold what
//! `spa_ld_check_features`, `spa_ld_get_props` and `dsl_pool_open` read.
use std::collections::BTreeMap;

use zfs_writer::dmu::ObjectData;
use zfs_writer::dsl::{DMU_POOL_DIRECTORY_OBJECT, plan};
use zfs_writer::phys::{BpobjPhys, DmuType};

use super::fixture::input;
use super::view::View;

const OBJDIR: u64 = DMU_POOL_DIRECTORY_OBJECT;

#[test]
fn object_directory_has_exactly_the_required_keys() {
    let full = plan(&input());
    let v = View::new(&full);
    v.typed(OBJDIR, DmuType::ObjectDirectory);
    let keys: Vec<String> = v.entries(OBJDIR).into_keys().collect();
    let want = [
        "config",
        "creation_version",
        "deflate",
        "feature_descriptions",
        "features_for_read",
        "features_for_write",
        "free_bpobj",
        "pool_props",
        "root_dataset",
        "sync_bplist",
    ];
    assert_eq!(keys, want);
    assert_eq!(v.lookup(OBJDIR, "creation_version"), 5000);
    assert_eq!(v.lookup(OBJDIR, "deflate"), 1);
    let mut bare = input();
    bare.bootfs = None;
    let bare = plan(&bare);
    let keys = View::new(&bare).entries(OBJDIR);
    assert!(!keys.contains_key("pool_props"), "no pool props, no ZAP");
    assert_eq!(keys.len(), want.len() - 1);
}

#[test]
fn features_enable_and_activate_only_lz4() {
    let plan = plan(&input());
    let v = View::new(&plan);
    let zap = |name: &str| {
        let id = v.lookup(OBJDIR, name);
        v.typed(id, DmuType::OtnZapMetadata);
        v.entries(id)
    };
    let lz4 = "org.illumos:lz4_compress".to_string();
    assert_eq!(
        zap("features_for_read"),
        BTreeMap::from([(lz4.clone(), vec![1])])
    );
    assert!(zap("features_for_write").is_empty());
    let text = b"LZ4 compression algorithm support.\0"
        .map(u64::from)
        .to_vec();
    assert_eq!(zap("feature_descriptions"), BTreeMap::from([(lz4, text)]));
}

#[test]
fn pool_bpobjs_are_empty_with_openzfs_block_sizes() {
    let plan = plan(&input());
    let v = View::new(&plan);
    for (name, size) in [("free_bpobj", 128 << 10), ("sync_bplist", 16 << 10)] {
        let o = v.typed(v.lookup(OBJDIR, name), DmuType::Bpobj);
        assert_eq!(o.bonus_type, DmuType::BpobjHdr);
        assert_eq!(BpobjPhys::decode_v2(&o.bonus).bpo_num_blkptrs.get(), 0);
        let ObjectData::Blocks { block_size, blocks } = &o.data else {
            panic!("{name}: no block size")
        };
        assert_eq!((*block_size, blocks.len()), (size, 0), "{name}");
    }
}

#[test]
fn bootfs_is_the_root_datasets_object() {
    let mut input = input();
    input
        .pool_props
        .push(("autoexpand".into(), zfs_writer::dsl::PropValue::Number(1)));
    let plan = plan(&input);
    let v = View::new(&plan);
    let props = v.typed(v.lookup(OBJDIR, "pool_props"), DmuType::PoolProps);
    assert_eq!(props.bonus.len(), 0);
    let id = v.lookup(OBJDIR, "pool_props");
    let root = plan.datasets.iter().find(|d| d.0 == "ROOT").unwrap().1;
    assert_eq!(v.lookup(id, "bootfs"), root);
    v.typed(root, DmuType::DslDataset);
    assert_eq!(v.lookup(id, "autoexpand"), 1);
}
