//! A pool shaped like the reference one: root dataset + `ROOT`, bootfs `ROOT`.
use zfs_writer::dmu::Stats;
use zfs_writer::dsl::{DatasetInput, DslInput, PropValue};
use zfs_writer::feature::Compatibility;
use zfs_writer::phys::BlkPtr;

/// The time the reference pool was made (`dd_creation_time` of its directories).
pub const TIME: u64 = 1_795_636_932;

/// One dataset with `fill` objects and `asize` allocated bytes.
pub fn dataset(name: &str, fill: u64, asize: u64, props: &[(&str, PropValue)]) -> DatasetInput {
    let mut objset = BlkPtr::default();
    objset.blk_birth.set(4);
    objset.blk_fill.set(fill);
    let usage = Stats {
        asize,
        psize: asize / 3,
        lsize: asize / 2,
    };
    let props = props
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    DatasetInput {
        name: name.to_string(),
        objset,
        usage,
        props,
        zstd: false,
        snapshots: Vec::new(),
    }
}

/// `anvil_pool` (mountpoint=none, compression=lz4) and `anvil_pool/ROOT` (mountpoint=/).
pub fn input() -> DslInput {
    let text = |s: &str| PropValue::Text(s.to_string());
    let root = [
        ("mountpoint", text("none")),
        ("compression", PropValue::Number(15)),
    ];
    DslInput {
        create_txg: 4,
        creation_time: TIME,
        seed: 1729,
        datasets: vec![
            dataset("", 6, 139_264, &root),
            dataset("ROOT", 3018, 2_390_016, &[("mountpoint", text("/"))]),
        ],
        bootfs: Some("ROOT".to_string()),
        pool_props: Vec::new(),
        // The reference pool enables lz4 alone (`zpool create -d -o feature@lz4_compress`).
        compat: Compatibility::named("legacy").unwrap(),
        space_maps: 0,
    }
}
