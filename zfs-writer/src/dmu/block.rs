//! One block placed: allocation, the write, its block pointer (serial, in allocation order).
//! OpenZFS module/zfs/zio.c (`zio_dva_allocate`, `zio_write_bp_init`).
use super::Stats;
use super::prepare::{BlockSpec, Body, Prepared};
use crate::error::{Error, Result};
use crate::phys::{BlkProp, BlkPtr, ChecksumType, CompressType, Dva};
use crate::vdev::{Alloc, Sink};

/// Places prepared blocks: allocation, the write, the block pointer, and the byte counts.
#[derive(Debug)]
pub struct BlockWriter<'a> {
    sink: &'a Sink,
    alloc: &'a mut Alloc,
    pub(super) birth: u64,
    compress: bool,
    /// Eligible blocks whose lz4 bytes fit go in their pointer (`with_embedded_data`).
    pub(super) embed: bool,
    /// Everything placed through this writer.
    pub stats: Stats,
}

impl<'a> BlockWriter<'a> {
    /// Places blocks born in txg `birth`; `compress` is the pool's lz4 switch (off in a dry
    /// run, so that it lays out an upper bound).
    pub fn new(
        sink: &'a Sink,
        alloc: &'a mut Alloc,
        birth: u64,
        compress: bool,
    ) -> BlockWriter<'a> {
        BlockWriter {
            sink,
            alloc,
            birth,
            compress: compress && !sink.is_dry(),
            embed: false,
            stats: Stats::default(),
        }
    }

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
            Body::Embedded(payload) => return Ok(self.place_embedded(p.lsize, &payload, spec)),
        };
        let (offset, asize) = self.alloc.alloc(bytes.len() as u64)?;
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

    /// Whether blocks are lz4-compressed when that saves space.
    pub fn compress(&self) -> bool {
        self.compress
    }

    /// log2 of the allocation unit.
    pub fn ashift(&self) -> u32 {
        self.alloc.unit().trailing_zeros()
    }

    /// Whether this is a dry run (nothing is written).
    pub fn is_dry(&self) -> bool {
        self.sink.is_dry()
    }
}
