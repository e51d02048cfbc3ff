//! The closed sets a writer emits besides object types: checksum and compression functions,
//! object-set types. OpenZFS include/sys/zio.h (`enum zio_checksum`, `enum zio_compress`),
//! include/sys/dmu_objset.h (`dmu_objset_type_t`).

/// `enum zio_checksum` values we write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ChecksumType {
    /// Fletcher-4 (blocks).
    Fletcher4 = 7,
}

/// `enum zio_compress` values we write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompressType {
    /// Stored as is.
    Off = 2,
    /// LZ4 with the ZFS 4-byte length header.
    Lz4 = 15,
    /// zstd with the ZFS 8-byte `zfs_zstdhdr_t` (`ZIO_COMPRESS_ZSTD`).
    Zstd = 16,
}

/// `dmu_objset_type_t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum ObjsetType {
    /// The MOS.
    Meta = 1,
    /// A ZPL filesystem.
    Zfs = 2,
}
