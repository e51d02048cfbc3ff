//! Exact on-disk structures of OpenZFS 2.3 (`include/sys/*.h`), one per file: no I/O and no
//! logic beyond constructors and bit packing. Every integer is little-endian, as the
//! byte-order bit of each block pointer says; field names are OpenZFS's own.
mod blkptr; // blkptr_t: where a child block lives, its sizes, type and checksum
mod blkptr_embedded; // an embedded blkptr_t: up to 112 compressed bytes in the pointer
mod bpobj; // bpobj_phys_t: the bonus of a block-pointer list
mod consts; // OpenZFS constants: pool version, block sizes, dnode geometry and flags
mod deadlist; // dsl_deadlist_phys_t: the bonus of a deadlist
mod dmu_type; // dmu_object_type_t
mod dnode; // dnode_phys_t: one object's header, block pointers and bonus
mod dsl_dataset; // dsl_dataset_phys_t: a dataset's links, space, GUIDs and objset
mod dsl_dir; // dsl_dir_phys_t: a DSL directory's links and space breakdown
mod dva; // dva_t: vdev, offset and allocated size of one copy
mod objset; // objset_phys_t: an object set's meta-dnode and type
mod types; // zio checksum and compression enums, objset types
mod uberblock; // uberblock_t: the root of the pool

pub use blkptr::{BlkProp, BlkPtr};
pub use blkptr_embedded::BPE_PAYLOAD_SIZE;
pub use bpobj::{BPOBJ_SIZE_V2, BpobjPhys};
pub use consts::{
    BLKPTR_SIZE, BLKPTRS_PER_INDIRECT, DN_MAX_INDBLKSHIFT, DN_MAX_NBLKPTR, DN_OLD_MAX_BONUSLEN,
    DNODE_BLOCK_SIZE, DNODE_FLAG_SPILL_BLKPTR, DNODE_FLAG_USED_BYTES,
    DNODE_FLAG_USEROBJUSED_ACCOUNTED, DNODE_FLAG_USERUSED_ACCOUNTED, DNODE_SIZE, DNODES_PER_BLOCK,
    SPA_BLKPTRSHIFT, SPA_CONFIG_BLOCKSIZE, SPA_MINBLOCKSHIFT, SPA_MINBLOCKSIZE,
    SPA_OLD_MAXBLOCKSIZE, SPA_VERSION,
};
pub use deadlist::DslDeadlistPhys;
pub use dmu_type::DmuType;
pub use dnode::DnodePhys;
pub use dsl_dataset::{DS_FLAG_UNIQUE_ACCURATE, DslDatasetPhys};
pub use dsl_dir::{
    DD_FLAG_USED_BREAKDOWN, DD_USED_CHILD, DD_USED_HEAD, DD_USED_NUM, DD_USED_SNAP, DslDirPhys,
};
pub use dva::Dva;
pub use objset::{
    OBJSET_FLAG_PROJECTQUOTA_COMPLETE, OBJSET_FLAG_USERACCOUNTING_COMPLETE,
    OBJSET_FLAG_USEROBJACCOUNTING_COMPLETE, OBJSET_PHYS_SIZE, ObjsetPhys,
};
pub use types::{ChecksumType, CompressType, ObjsetType};
pub use uberblock::{UBERBLOCK_MAGIC, Uberblock};
