//! The master node (object 1) and the SA master node of a ZPL dataset, and the values of
//! its directory ZAPs.
//! OpenZFS module/os/linux/zfs/zfs_znode_os.c `zfs_create_fs`, include/sys/zfs_znode.h
//! (`ZPL_VERSION_STR`, `ZFS_SA_ATTRS`, `ZFS_UNLINKED_SET`, `ZFS_ROOT_OBJ`,
//! `ZFS_DIRENT_MAKE`), module/zfs/sa.c (`SA_REGISTRY`, `SA_LAYOUTS`).
use super::znode::ZnodeKind;

/// ZPL version 5 (`ZPL_VERSION_SA`): znodes keep their attributes as System Attributes.
pub const ZPL_VERSION: u64 = 5;

/// The master node's entries (name → `u64`), in the order `zfs_create_fs` adds them: the
/// create-time properties as `zfs create` passes them (normalization none, utf8only off,
/// case-sensitive), then `VERSION`, `SA_ATTRS`, `DELETE_QUEUE` and `ROOT`. The delete queue
/// is an empty ZAP (`DMU_OT_UNLINKED_SET`), which OpenZFS requires to mount.
pub fn master_node_entries(sa_attrs: u64, root: u64, delete_queue: u64) -> Vec<(String, u64)> {
    let entries = [
        ("normalization", 0),
        ("utf8only", 0),
        ("casesensitivity", 0),
        ("VERSION", ZPL_VERSION),
        ("SA_ATTRS", sa_attrs),
        ("DELETE_QUEUE", delete_queue),
        ("ROOT", root),
    ];
    entries.map(|(name, v)| (name.to_string(), v)).to_vec()
}

/// The SA master node's entries (`DMU_OT_SA_MASTER_NODE`, the object `SA_ATTRS` names):
/// the REGISTRY and LAYOUTS ZAP objects, in the order OpenZFS adds them.
pub fn sa_master_entries(registry: u64, layouts: u64) -> Vec<(String, u64)> {
    vec![
        ("REGISTRY".to_string(), registry),
        ("LAYOUTS".to_string(), layouts),
    ]
}

/// A directory ZAP value: `ZFS_DIRENT_MAKE(IFTODT(mode), obj)`, the `DT_*` type in the top
/// 4 bits. OpenZFS include/sys/zfs_znode.h.
pub fn dirent(kind: &ZnodeKind, object: u64) -> u64 {
    assert!(object < 1 << 48, "object {object}");
    (kind.ifmt() >> 12) << 60 | object
}
