//! The master node, the SA master node and directory entries against the reference pool's
//! micro-ZAP blocks: same names, values and (for the master nodes) insertion order.
use zfs_writer::zpl::{ZnodeKind, dirent, master_node_entries, sa_master_entries};

use super::fixtures::mzap_entries;

#[test]
fn master_nodes_match_openzfs_in_order() {
    assert_eq!(master_node_entries(32, 34, 33), mzap_entries("mzap-1.bin"));
    assert_eq!(sa_master_entries(35, 36), mzap_entries("mzap-32.bin"));
}

#[test]
fn dirents_match_openzfs() {
    let console = ZnodeKind::CharDev { major: 5, minor: 1 };
    let link = ZnodeKind::Symlink(b"x".to_vec());
    let kinds = [
        ("fifo", ZnodeKind::Fifo),
        ("console", console),
        ("longlink", link),
    ];
    let kinds = kinds
        .into_iter()
        .chain(["dev", "big", "bin", "etc"].map(|d| (d, ZnodeKind::Dir)));
    let kinds: Vec<_> = kinds
        .chain(["random.bin", "text.txt"].map(|f| (f, ZnodeKind::File)))
        .collect();
    let entries = [mzap_entries("mzap-4.bin"), mzap_entries("mzap-34.bin")].concat();
    assert_eq!(entries.len(), 9);
    for (name, value) in entries {
        let kind = &kinds.iter().find(|k| k.0 == name).expect("known name").1;
        assert_eq!(dirent(kind, value & ((1 << 48) - 1)), value, "{name}");
    }
}
