//! `blkptr_t` decoded: sizes, compression, checksum, type, level, birth, DVAs, embedded data.
use zerocopy::FromBytes;
use zfs_writer::phys::{BlkPtr, Dva};

/// `SPA_MAXBLOCKSIZE`: no logical or physical block is larger.
pub(crate) const MAX_BLOCK: u64 = 16 << 20;

/// One block pointer as read from disk.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Bp(pub BlkPtr);

impl Bp {
    /// The pointer in the first 128 bytes of `b` (callers pass exactly 128).
    pub fn parse(b: &[u8]) -> Bp {
        Bp(BlkPtr::read_from_bytes(&b[..128]).expect("128 bytes"))
    }

    fn prop(&self) -> u64 {
        self.0.blk_prop.get()
    }

    fn bits(&self, shift: u32, len: u32) -> u64 {
        (self.prop() >> shift) & ((1 << len) - 1)
    }

    pub fn embedded(&self) -> bool {
        self.bits(39, 1) == 1
    }

    /// `BP_IS_HOLE`: not embedded and the first DVA is all zero.
    pub fn is_hole(&self) -> bool {
        !self.embedded() && self.0.blk_dva[0] == Dva::default()
    }

    pub fn lsize(&self) -> u64 {
        if self.embedded() {
            self.bits(0, 25) + 1
        } else {
            (self.bits(0, 16) + 1) << 9
        }
    }

    pub fn psize(&self) -> u64 {
        if self.embedded() {
            self.bits(25, 7) + 1
        } else {
            (self.bits(16, 16) + 1) << 9
        }
    }

    pub fn compress(&self) -> u64 {
        self.bits(32, 7)
    }

    /// Checksum function; embedded blocks carry none.
    pub fn checksum(&self) -> u64 {
        if self.embedded() { 2 } else { self.bits(40, 8) }
    }

    /// `BPE_GET_ETYPE` of an embedded pointer.
    pub fn etype(&self) -> u64 {
        self.bits(40, 8)
    }

    pub fn dmu_type(&self) -> u64 {
        self.bits(48, 8)
    }

    pub fn level(&self) -> u64 {
        self.bits(56, 5)
    }

    pub fn little_endian(&self) -> bool {
        self.bits(63, 1) == 1
    }

    pub fn fill(&self) -> u64 {
        if self.embedded() {
            1
        } else {
            self.0.blk_fill.get()
        }
    }

    /// The non-empty DVAs (none for holes and embedded pointers).
    pub fn dvas(&self) -> impl Iterator<Item = &Dva> {
        let live = !self.embedded();
        self.0
            .blk_dva
            .iter()
            .filter(move |d| live && **d != Dva::default())
    }

    /// The embedded payload: words 0–5, 7–9 and 11–15, little-endian (`BPE_IS_PAYLOADWORD`).
    pub fn payload(&self) -> Vec<u8> {
        let raw = zerocopy::IntoBytes::as_bytes(&self.0);
        let words = (0..16).filter(|w| *w != 6 && *w != 10);
        words.flat_map(|w| raw[w * 8..w * 8 + 8].to_vec()).collect()
    }
}
