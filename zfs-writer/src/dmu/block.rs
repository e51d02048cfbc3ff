//! One block placed: allocation (or reserved space), the write, its block pointer (serial, in
//! allocation order).
//! OpenZFS module/zfs/zio.c (`zio_dva_allocate`, `zio_write_bp_init`).
use super::Stats;
use super::prepare::{BlockSpec, Body, Prepared};
use super::space::Space;
use crate::compress::Compression;
use crate::error::{Error, Result};
use crate::phys::{BlkProp, BlkPtr, ChecksumType, CompressType, Dva};
use crate::vdev::Sink;

/// Places prepared blocks: allocation, the write, the block pointer, and the byte counts.
#[derive(Debug)]
pub struct BlockWriter<'a> {
    pub(super) sink: &'a Sink,
    pub(super) space: Space<'a>,
    pub(super) birth: u64,
    /// What file data (level-0 blocks of data types) is compressed with.
    pub(super) data: Compression,
    /// What everything else is compressed with.
    pub(super) metadata: Compression,
    /// Eligible blocks whose compressed bytes fit go in their pointer (`with_embedded_data`).
    pub(super) embed: bool,
    /// Everything placed through this writer.
    pub stats: Stats,
    /// Whether a zstd block was placed (dsl_dataset.c `dsl_dataset_block_born` activates
    /// `org.freebsd:zstd_compress` on the dataset then).
    pub zstd_born: bool,
}

impl BlockWriter<'_> {
    /// Prepares and places `data` (metadata: done on the calling thread).
    pub fn write(&mut self, data: Vec<u8>, spec: &BlockSpec) -> Result<BlkPtr> {
        let prepared = self.preparer(spec)(data);
        self.place(prepared, spec)
    }

    /// Allocates and writes `p`; a hole takes no space and gets the all-zero pointer, an
    /// embedded block no space and a pointer holding its bytes.
    pub fn place(&mut self, p: Prepared, spec: &BlockSpec) -> Result<BlkPtr> {
        let (bytes, compress) = match p.body {
            Body::Hole => return Ok(BlkPtr::default()),
            Body::Raw(b) => (b, CompressType::Off),
            Body::Lz4(b) => (b, CompressType::Lz4),
            Body::Zstd(b) => (b, CompressType::Zstd),
            Body::Embedded(algo, payload) => {
                return Ok(self.place_embedded(p.lsize, algo, &payload, spec));
            }
        };
        self.zstd_born |= compress == CompressType::Zstd;
        let kind = (spec.dmu_type, spec.level);
        let (offset, asize) = self.space.take(kind, bytes.len() as u64)?;
        let what = "writing a block of the pool image";
        self.sink
            .write_block(offset, &bytes)
            .map_err(|source| Error::Image { what, source })?;
        let psize = bytes.len() as u64;
        self.stats.asize += asize;
        self.stats.psize += psize;
        self.stats.lsize += p.lsize;
        let (dmu_type, level, checksum) = (spec.dmu_type, spec.level, ChecksumType::Fletcher4);
        let prop = BlkProp {
            lsize: p.lsize,
            psize,
            compress,
            checksum,
            dmu_type,
            level,
        };
        Ok(BlkPtr::new(
            Dva::new(0, offset, asize),
            &prop,
            self.birth,
            spec.fill,
            p.cksum,
        ))
    }

    /// log2 of the allocation unit.
    pub fn ashift(&self) -> u32 {
        self.space.unit().trailing_zeros()
    }

    /// Whether this is a dry run (nothing is written).
    pub fn is_dry(&self) -> bool {
        self.sink.is_dry()
    }
}
