//! Blocks embedded in their pointers: the switch, who is eligible, and the placing, which
//! allocates and writes nothing. OpenZFS module/zfs/zio.c (`zio_write_compress`: feature
//! `com.delphix:embedded_data` enabled, level 0, not `DMU_OT_HAS_FILL`, compressed at most
//! `BPE_PAYLOAD_SIZE`), module/zfs/dsl_dataset.c (`dsl_dataset_block_born`: such a block adds
//! `bp_get_dsize_sync` = 0 to used, `BP_GET_PSIZE` = 0 to compressed and `BP_GET_UCSIZE` —
//! its lsize for file data, `BP_GET_PSIZE` = 0 for metadata — to uncompressed).
use super::{BlockSpec, BlockWriter};
use crate::compress::Compression;
use crate::phys::{BlkPtr, CompressType};

impl BlockWriter<'_> {
    /// Embeds eligible blocks whose compressed bytes fit in the pointer when `on` (and
    /// compression is on: `zio_write_compress` embeds only what it compressed).
    pub fn with_embedded_data(mut self, on: bool) -> Self {
        self.embed = on;
        self
    }

    /// Whether a block of `spec` is embedded when it compresses enough.
    pub fn embeds(&self, spec: &BlockSpec) -> bool {
        self.embed && self.compression(spec) != Compression::Off && spec.embeddable()
    }

    /// The embedded pointer to `payload`, the `algo` bytes of `lsize` logical bytes.
    pub(super) fn place_embedded(
        &mut self,
        lsize: u64,
        algo: CompressType,
        payload: &[u8],
        spec: &BlockSpec,
    ) -> BlkPtr {
        assert!(self.embeds(spec), "{spec:?} may not be embedded");
        if !spec.dmu_type.is_metadata() {
            self.stats.lsize += lsize;
        }
        self.zstd_born |= algo == CompressType::Zstd;
        let what = (spec.dmu_type, spec.level);
        BlkPtr::embedded(payload, algo, lsize, what, self.birth)
    }
}
