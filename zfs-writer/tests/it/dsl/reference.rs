//! The plan against the MOS OpenZFS 2.3.2 made for the same pool (`zpool create -o
//! feature@lz4_compress=enabled`, then `zfs create anvil_pool/ROOT`): object for object in
//! the same order, with the same type, bonus type, bonus size and block size, but for the
//! objects the plan leaves out or leaves to the caller.
use zfs_writer::dsl::plan;
use zfs_writer::phys::DmuType;

use super::fixture::input;

const DNODES: &str = include_str!("../../data/dsl/mos-dnodes.txt");

/// Reference objects the plan does not make, and why.
const LEFT_OUT: [(u64, &str); 7] = [
    (
        60,
        "SPA history: spa_ld_get_props tolerates ENOENT; made on the first logged command",
    ),
    (
        64,
        "com.delphix:vdev_zap_map: optional (ENOENT → AVZ_ACTION_INITIALIZE)",
    ),
    (
        65,
        "per-vdev leaf ZAP: named only by the vdev ZAP map and the config",
    ),
    (66, "per-vdev top ZAP: likewise"),
    (68, "space map: the caller's, from DslPlan::next_object"),
    (69, "space map: likewise"),
    (70, "space map: likewise"),
];

/// Reference objects whose ids the plan reserves for the caller: config, metaslab array.
const RESERVED: [u64; 2] = [61, 67];

/// (type, bonus type, bonus bytes, block sectors) of each reference object in id order;
/// `None` for a reserved one. The object directory's block size reads 0: OpenZFS's is a
/// 16 KiB fat ZAP because of the 32-byte `org.illumos:checksum_salt`; ours is micro.
fn reference_objects() -> Vec<Option<[u64; 4]>> {
    let rows = DNODES.lines().map(|l| {
        let f: Vec<u64> = l.split(' ').map(|w| w.parse().unwrap()).collect();
        (f[0], [f[1], f[2], f[3], f[4]])
    });
    let kept = rows.filter(|(id, _)| !LEFT_OUT.iter().any(|o| o.0 == *id));
    let row = |(id, [t, b, l, s]): (u64, [u64; 4])| match (id, t) {
        _ if RESERVED.contains(&id) => None,
        (1, _) => Some([t, b, l, 0]),
        _ => Some([t, b, l, s]),
    };
    kept.map(row).collect()
}

#[test]
fn objects_match_the_reference_mos_in_allocation_order() {
    let plan = plan(&input());
    let mut objects = plan.objects.iter().peekable();
    let mut got = Vec::new();
    for id in 1..plan.next_object {
        if id == plan.config || id == plan.metaslab_array {
            got.push(None);
            continue;
        }
        let (at, o) = objects.next().expect("ids are dense");
        assert_eq!(*at, id);
        let sectors = match o.dmu_type {
            DmuType::ObjectDirectory => 0,
            _ => u64::from(o.block_size() / 512),
        };
        got.push(Some([
            o.dmu_type as u64,
            o.bonus_type as u64,
            o.bonus.len() as u64,
            sectors,
        ]));
    }
    assert!(objects.peek().is_none());
    assert_eq!(got, reference_objects());
}
