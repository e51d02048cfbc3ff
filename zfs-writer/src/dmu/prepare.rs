//! One logical block → its stored form and checksum: pure, so any thread may run it; and
//! [`BlockSpec`], what the block is for its block pointer.
//! OpenZFS module/zfs/zio.c (`zio_write_compress`), module/zfs/zio_checksum.c.
use crate::checksum::fletcher4;
use crate::compress::{Compression, Stored, decide};
use crate::phys::{CompressType, DmuType};

/// A logical block ready to be placed: what is stored, and the checksum of those bytes.
#[derive(Debug)]
pub struct Prepared {
    pub(super) lsize: u64,
    pub(super) body: Body,
    pub(super) cksum: [u64; 4],
}

impl Prepared {
    /// Whether the block goes in its pointer.
    pub fn is_embedded(&self) -> bool {
        matches!(self.body, Body::Embedded(..))
    }
}

/// The stored form of a block.
#[derive(Debug)]
pub(super) enum Body {
    Hole,
    Raw(Vec<u8>),
    Lz4(Vec<u8>),
    Zstd(Vec<u8>),
    /// Compressed bytes for an embedded pointer (no checksum).
    Embedded(CompressType, Vec<u8>),
}

/// Prepares `data` (its length, a multiple of 512, is the logical size) with `compression`,
/// allocation unit `1 << ashift`, embedded in its pointer if `embed` allows and it fits.
pub fn prepare(data: Vec<u8>, compression: Compression, ashift: u32, embed: bool) -> Prepared {
    let lsize = data.len() as u64;
    let body = match decide(&data, compression, ashift, embed) {
        Stored::Hole => Body::Hole,
        Stored::Raw => Body::Raw(data),
        Stored::Lz4(bytes) => Body::Lz4(bytes),
        Stored::Zstd(bytes) => Body::Zstd(bytes),
        Stored::Embedded(algo, bytes) => Body::Embedded(algo, bytes),
    };
    let cksum = match &body {
        Body::Hole | Body::Embedded(..) => [0; 4],
        Body::Raw(b) | Body::Lz4(b) | Body::Zstd(b) => fletcher4(b),
    };
    Prepared { lsize, body, cksum }
}

/// What a block is, for its block pointer.
#[derive(Clone, Copy, Debug)]
pub struct BlockSpec {
    /// Object type of the contents.
    pub dmu_type: DmuType,
    /// 0 for data, n for indirect blocks n levels up.
    pub level: u8,
    /// Non-hole blocks beneath (1 for data, dnodes in use for dnode blocks).
    pub fill: u64,
}

impl BlockSpec {
    /// A level-0 block of `dmu_type` (fill 1).
    pub fn data(dmu_type: DmuType) -> BlockSpec {
        BlockSpec {
            dmu_type,
            level: 0,
            fill: 1,
        }
    }

    /// Whether `zio_write_compress` may embed such a block: level 0 and not
    /// `DMU_OT_HAS_FILL` (dnode blocks and object-set blocks count their contents in the fill).
    pub fn embeddable(&self) -> bool {
        self.level == 0 && !matches!(self.dmu_type, DmuType::Dnode | DmuType::Objset)
    }
}
