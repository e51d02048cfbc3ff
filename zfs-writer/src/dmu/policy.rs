//! Which compression each block of an object set gets. OpenZFS module/zfs/dmu.c
//! `dmu_write_policy`: level-0 blocks of data types (file contents) follow the dataset's
//! `compression`; metadata — every other type, and all indirect blocks — is compressed with
//! `ZIO_COMPRESS_ON` (lz4) whatever the dataset says; the MOS is `ZIO_COMPRESS_ON` too
//! (dmu_objset.c `dmu_objset_open_impl`).
use super::Reservation;
use super::space::Space;
use super::{BlockSpec, BlockWriter, Prepared, Stats, prepare};
use crate::compress::Compression;
use crate::vdev::{Alloc, Sink};

/// What file data and what everything else is compressed with.
type Pair = (Compression, Compression);

impl<'a> BlockWriter<'a> {
    /// Places blocks born in txg `birth`: file data with `data`, everything else with
    /// `metadata` (lz4 in OpenZFS). A dry run compresses nothing, so that it lays out an
    /// upper bound.
    pub fn new(
        sink: &'a Sink,
        alloc: &'a mut Alloc,
        birth: u64,
        data: Compression,
        metadata: Compression,
    ) -> Self {
        BlockWriter::placing(sink, Space::Alloc(alloc), birth, (data, metadata))
    }

    /// Places blocks born in txg `birth`, all stored as they are, into the extents `r`
    /// reserved for them.
    pub fn reserved(sink: &'a Sink, r: &'a mut Reservation, birth: u64) -> Self {
        let off = (Compression::Off, Compression::Off);
        BlockWriter::placing(sink, Space::Reserved(r), birth, off)
    }

    fn placing(sink: &'a Sink, space: Space<'a>, birth: u64, (data, metadata): Pair) -> Self {
        let (data, metadata) = match sink.is_dry() {
            true => (Compression::Off, Compression::Off),
            false => (data, metadata),
        };
        BlockWriter {
            sink,
            space,
            birth,
            data,
            metadata,
            embed: false,
            stats: Stats::default(),
            zstd_born: false,
        }
    }

    /// The compression of blocks of `spec`: the data's for level-0 blocks of data types, the
    /// metadata's for the rest.
    pub fn compression(&self, spec: &BlockSpec) -> Compression {
        match spec.level == 0 && !spec.dmu_type.is_metadata() {
            true => self.data,
            false => self.metadata,
        }
    }

    /// How blocks of `spec` are prepared, on any thread: their compression, and embedding
    /// when [`BlockWriter::embeds`] them.
    pub fn preparer(&self, spec: &BlockSpec) -> impl Fn(Vec<u8>) -> Prepared + Sync + use<> {
        let (c, ashift, embed) = (self.compression(spec), self.ashift(), self.embeds(spec));
        move |data| prepare(data, c, ashift, embed)
    }
}
