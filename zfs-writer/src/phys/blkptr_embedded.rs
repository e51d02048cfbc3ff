//! Embedded block pointers: a level-0 block whose compressed bytes (at most 112) live in the
//! pointer itself, with no DVA and no checksum; and the size and fill getters that know them.
//! OpenZFS include/sys/spa.h (the embedded layout above `BPE_GET_ETYPE`, `BPE_SET_LSIZE`,
//! `BPE_SET_PSIZE`, `BPE_IS_PAYLOADWORD`, `BP_GET_FILL`, `BP_GET_ASIZE`), module/zfs/blkptr.c
//! (`encode_embedded_bp_compressed`), module/zfs/zio.c (`zio_write_compress`).
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, IntoBytes};

use super::{BlkPtr, CompressType, DmuType};

/// `BPE_PAYLOAD_SIZE`: `BPE_NUM_WORDS` (14) words of payload.
pub const BPE_PAYLOAD_SIZE: usize = 112;
/// `BP_EMBEDDED_TYPE_DATA`: the payload is the block's (compressed) data.
const BP_EMBEDDED_TYPE_DATA: u64 = 0;
/// The words of a `blkptr_t` that carry payload, in order: all but `blk_prop` (6) and the
/// logical birth `blk_birth_word[1]` (10) (`BPE_IS_PAYLOADWORD`).
const PAYLOAD_WORDS: [usize; 14] = [0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 15];

impl BlkPtr {
    /// The embedded pointer to a level-`level` block of `dmu_type`, `lsize` logical bytes
    /// stored as `payload` under `compress`, born in `birth`: `encode_embedded_bp_compressed`
    /// (first byte in the low bits of the first payload word), then `BPE_SET_ETYPE`,
    /// `BP_SET_TYPE`, `BP_SET_LEVEL`, `BP_SET_LOGICAL_BIRTH` as `zio_write_compress` does.
    pub fn embedded(
        payload: &[u8],
        compress: CompressType,
        lsize: u64,
        (dmu_type, level): (DmuType, u8),
        birth: u64,
    ) -> BlkPtr {
        let psize = payload.len() as u64;
        assert!((1..=BPE_PAYLOAD_SIZE as u64).contains(&psize) && (1..=1 << 25).contains(&lsize));
        assert!(level < 32 && (psize == lsize || compress != CompressType::Off));
        let mut words = [U64::new(0); 16];
        for (chunk, &w) in payload.chunks(8).zip(&PAYLOAD_WORDS) {
            let mut bytes = [0u8; 8];
            bytes[..chunk.len()].copy_from_slice(chunk);
            words[w] = U64::new(u64::from_le_bytes(bytes));
        }
        let prop = (lsize - 1)
            | ((psize - 1) << 25)
            | ((compress as u64) << 32)
            | (1 << 39)
            | (BP_EMBEDDED_TYPE_DATA << 40)
            | ((dmu_type as u64) << 48)
            | (u64::from(level) << 56)
            | (1 << 63);
        words[6] = U64::new(prop);
        words[10] = U64::new(birth);
        BlkPtr::read_from_bytes(words.as_bytes()).expect("16 words are a blkptr_t")
    }

    /// `BP_IS_EMBEDDED`: bit 39 of `blk_prop`.
    pub fn is_embedded(&self) -> bool {
        self.blk_prop.get() >> 39 & 1 == 1
    }

    /// `BP_GET_FILL`: 1 for an embedded pointer (its `blk_fill` word is payload).
    pub fn fill(&self) -> u64 {
        if self.is_embedded() {
            1
        } else {
            self.blk_fill.get()
        }
    }

    /// `BP_GET_ASIZE`: bytes allocated for every copy; 0 for holes and embedded pointers.
    pub fn asize(&self) -> u64 {
        if self.is_embedded() {
            0
        } else {
            self.blk_dva.iter().map(super::Dva::asize).sum()
        }
    }
}
