//! OpenZFS's constants in one place, named as OpenZFS names them: the pool version, the
//! block sizes, a dnode's geometry and its flags.
//! OpenZFS 2.3 include/sys/fs/zfs.h (`SPA_VERSION_5000`), include/sys/spa.h (`SPA_*`),
//! include/sys/dnode.h (`DNODE_*`, `DN_*`).

/// `SPA_VERSION_FEATURES` (`SPA_VERSION_5000`): the version of every feature-flag pool.
pub const SPA_VERSION: u64 = 5000;

/// `SPA_MINBLOCKSHIFT`: block sizes count in 512-byte sectors.
pub const SPA_MINBLOCKSHIFT: u32 = 9;
/// `SPA_MINBLOCKSIZE`: the smallest block.
pub const SPA_MINBLOCKSIZE: usize = 1 << SPA_MINBLOCKSHIFT;
/// `SPA_OLD_MAXBLOCKSIZE`: the largest block without `large_blocks` (128 KiB).
pub const SPA_OLD_MAXBLOCKSIZE: usize = 128 << 10;
/// `SPA_CONFIG_BLOCKSIZE`: block size of the packed config object.
pub const SPA_CONFIG_BLOCKSIZE: usize = 1 << 14;
/// `SPA_BLKPTRSHIFT`: log2 of `sizeof (blkptr_t)`.
pub const SPA_BLKPTRSHIFT: u32 = 7;
/// `sizeof (blkptr_t)`.
pub const BLKPTR_SIZE: usize = 1 << SPA_BLKPTRSHIFT;

/// `DNODE_MIN_SIZE` (`1 << DNODE_SHIFT`): bytes of one dnode slot.
pub const DNODE_SIZE: usize = 512;
/// `DNODE_BLOCK_SIZE` (`1 << DNODE_BLOCK_SHIFT`): bytes of a block of the dnode array.
pub const DNODE_BLOCK_SIZE: usize = 1 << 14;
/// `DNODES_PER_BLOCK`: dnodes in one block of the dnode array.
pub const DNODES_PER_BLOCK: u64 = (DNODE_BLOCK_SIZE / DNODE_SIZE) as u64;
/// `DN_MAX_INDBLKSHIFT`: log2 of an indirect block (128 KiB).
pub const DN_MAX_INDBLKSHIFT: u8 = 17;
/// Block pointers in one indirect block (`1 << (indblkshift - SPA_BLKPTRSHIFT)`).
pub const BLKPTRS_PER_INDIRECT: u64 = 1 << (DN_MAX_INDBLKSHIFT as u32 - SPA_BLKPTRSHIFT);
/// `DN_MAX_NBLKPTR`: block pointers of a dnode whose bonus leaves room for them all.
pub const DN_MAX_NBLKPTR: usize = 3;
/// `DN_OLD_MAX_BONUSLEN`: bonus bytes of a 512-byte dnode with one block pointer.
pub const DN_OLD_MAX_BONUSLEN: usize = 320;

/// `DNODE_FLAG_USED_BYTES`: `dn_used` counts bytes, not sectors.
pub const DNODE_FLAG_USED_BYTES: u8 = 1;
/// `DNODE_FLAG_USERUSED_ACCOUNTED`: the object's bytes are in the user/group/project-used
/// objects (`dnode_sync` sets it on every object but the special ones).
pub const DNODE_FLAG_USERUSED_ACCOUNTED: u8 = 1 << 1;
/// `DNODE_FLAG_SPILL_BLKPTR`: the bonus area ends with a spill block pointer.
pub const DNODE_FLAG_SPILL_BLKPTR: u8 = 1 << 2;
/// `DNODE_FLAG_USEROBJUSED_ACCOUNTED`: the object is counted in their `obj-` entries.
pub const DNODE_FLAG_USEROBJUSED_ACCOUNTED: u8 = 1 << 3;

const _: () = assert!(DNODES_PER_BLOCK == 32 && BLKPTRS_PER_INDIRECT == 1024);
const _: () = assert!(DN_OLD_MAX_BONUSLEN == DNODE_SIZE - 64 - BLKPTR_SIZE);
