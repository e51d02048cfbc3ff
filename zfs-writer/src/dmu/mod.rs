//! DMU: blocks, block trees and object sets (OpenZFS module/zfs/dbuf.c, dnode.c,
//! dmu_objset.c; makefs objset.c).
//!
//! Order matters because parents hold their children's checksums: `block` prepares a logical
//! block (compression, checksum — pure, so it can run on any thread) and places it (allocate,
//! write); `tree` folds a stream of block pointers into indirect blocks; `objset` streams
//! dnodes, in object order, into the dnode array and ends with the `objset_phys_t` block;
//! with `accounting` on, it sums each object's bytes per owner as it goes and writes the
//! sums as objects -1, -2 and -3 before the objset block.
mod accounting; // UserAccounting: per-id sums of each object added, then objects -1, -2, -3
mod block; // BlockWriter: place (allocate + write) one prepared block
mod block_embedded; // BlockWriter: blocks kept in their pointers (embedded_data)
mod dnode; // TreeTop and the dnode that holds it
mod dnode_block; // the 16 KiB block of 32 dnodes being filled
mod object; // Object: type, bonus and contents of one dnode, before it is written
mod objset; // ObjsetWriter: dnodes in id order → dnode blocks → meta-dnode → objset block
pub mod pipeline; // file data compressed and checksummed on every core
mod policy; // dmu_write_policy: data as the dataset says, metadata lz4
mod prepare; // compression decision and checksum of one block (pure)
mod reserve; // Reservation: space taken before it is written, by kind of block
mod shape; // what a block tree and an object set will write, known before they do
mod space; // where a writer's blocks go: the allocator or a reservation
mod stats; // Stats: bytes allocated, stored and logical
mod tree; // BlockTree: level-0 pointers → indirect blocks → the dnode's pointers

pub use accounting::{FileInfo, FileInfoFn, USED_OBJECTS, UserAccounting};
pub use block::BlockWriter;
pub use dnode::{TreeTop, dnode};
pub use object::{Object, ObjectData};
pub use objset::{ObjsetWriter, WrittenObjset};
pub use prepare::{BlockSpec, Prepared, prepare};
pub use reserve::{BlockKind, Reservation};
pub use stats::Stats;
pub use tree::BlockTree;
