//! The ZPL's System Attributes: numbers, sizes and byteswap types, and the REGISTRY ZAP.
//! OpenZFS module/zfs/zfs_sa.c `zfs_attr_table`, include/sys/zfs_sa.h `zpl_attr_t`,
//! include/sys/sa_impl.h `ATTR_ENCODE`. The numbers are what `sa_setup` assigns on a new
//! dataset: the 16 legacy attributes keep 0–15, the rest follow in table order.

pub(crate) const ZPL_ATIME: u16 = 0;
pub(crate) const ZPL_MTIME: u16 = 1;
pub(crate) const ZPL_CTIME: u16 = 2;
pub(crate) const ZPL_CRTIME: u16 = 3;
pub(crate) const ZPL_GEN: u16 = 4;
pub(crate) const ZPL_MODE: u16 = 5;
pub(crate) const ZPL_SIZE: u16 = 6;
pub(crate) const ZPL_PARENT: u16 = 7;
pub(crate) const ZPL_LINKS: u16 = 8;
/// The hidden xattr directory's object (`zfs_make_xattrdir`).
pub(crate) const ZPL_XATTR: u16 = 9;
pub(crate) const ZPL_RDEV: u16 = 10;
pub(crate) const ZPL_FLAGS: u16 = 11;
pub(crate) const ZPL_UID: u16 = 12;
pub(crate) const ZPL_GID: u16 = 13;
pub(crate) const ZPL_DACL_COUNT: u16 = 16;
pub(crate) const ZPL_SYMLINK: u16 = 17;
pub(crate) const ZPL_DACL_ACES: u16 = 19;
/// The packed nvlist of SA xattrs (`zfs_sa_set_xattr`).
pub(crate) const ZPL_DXATTR: u16 = 20;
/// The znode's project (`zfs_mknode` with project accounting on).
pub(crate) const ZPL_PROJID: u16 = 21;

/// `sa_bswap_type_t`: how a reader on the other endianness swaps an attribute.
const SA_UINT64_ARRAY: u8 = 0;
const SA_UINT8_ARRAY: u8 = 3;
const SA_ACL: u8 = 4;

/// `zfs_attr_table`: (name, length in bytes or 0 for variable, byteswap type); the index is
/// the attribute number.
const ZFS_ATTR_TABLE: [(&str, u16, u8); 22] = [
    ("ZPL_ATIME", 16, SA_UINT64_ARRAY),
    ("ZPL_MTIME", 16, SA_UINT64_ARRAY),
    ("ZPL_CTIME", 16, SA_UINT64_ARRAY),
    ("ZPL_CRTIME", 16, SA_UINT64_ARRAY),
    ("ZPL_GEN", 8, SA_UINT64_ARRAY),
    ("ZPL_MODE", 8, SA_UINT64_ARRAY),
    ("ZPL_SIZE", 8, SA_UINT64_ARRAY),
    ("ZPL_PARENT", 8, SA_UINT64_ARRAY),
    ("ZPL_LINKS", 8, SA_UINT64_ARRAY),
    ("ZPL_XATTR", 8, SA_UINT64_ARRAY),
    ("ZPL_RDEV", 8, SA_UINT64_ARRAY),
    ("ZPL_FLAGS", 8, SA_UINT64_ARRAY),
    ("ZPL_UID", 8, SA_UINT64_ARRAY),
    ("ZPL_GID", 8, SA_UINT64_ARRAY),
    ("ZPL_PAD", 32, SA_UINT64_ARRAY),
    ("ZPL_ZNODE_ACL", 88, SA_UINT8_ARRAY),
    ("ZPL_DACL_COUNT", 8, SA_UINT64_ARRAY),
    ("ZPL_SYMLINK", 0, SA_UINT8_ARRAY),
    ("ZPL_SCANSTAMP", 32, SA_UINT8_ARRAY),
    ("ZPL_DACL_ACES", 0, SA_ACL),
    ("ZPL_DXATTR", 0, SA_UINT8_ARRAY),
    ("ZPL_PROJID", 8, SA_UINT64_ARRAY),
];

/// Registered length of attribute `attr` (`SA_REGISTERED_LEN`); 0 means variable-sized.
pub(crate) fn sa_registered_len(attr: u16) -> usize {
    usize::from(ZFS_ATTR_TABLE[usize::from(attr)].1)
}

/// `ATTR_ENCODE`: length in bits 24–39, byteswap type in 16–23, attribute number in 0–15.
pub fn attr_encode(attr: u16, length: u16, bswap: u8) -> u64 {
    u64::from(length) << 24 | u64::from(bswap) << 16 | u64::from(attr)
}

/// The REGISTRY ZAP's entries (name → `ATTR_ENCODE` value), in the order OpenZFS adds them.
/// OpenZFS module/zfs/sa.c `sa_attr_register_sync`.
pub fn sa_registry() -> Vec<(String, u64)> {
    let entry = |(attr, (name, len, bswap)): (usize, &(&str, u16, u8))| {
        let attr = u16::try_from(attr).expect("22 attributes");
        (name.to_string(), attr_encode(attr, *len, *bswap))
    };
    ZFS_ATTR_TABLE.iter().enumerate().map(entry).collect()
}
