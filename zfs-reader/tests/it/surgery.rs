//! Changing a block of an uncompressed, single-copy pool and keeping it self-consistent: the
//! checksums from the changed block up to the uberblocks are recomputed, so the verifier
//! must catch the change by what it means (a leak), not by a checksum.
use zfs_writer::checksum::{fletcher4, seal_label};

/// `VDEV_LABEL_START_SIZE`, label size, uberblock ring offset, slot size at ashift 12.
const START: usize = 4 << 20;
const LABEL: usize = 256 << 10;
const SLOT: usize = 4096;

/// A pool image in memory and the offsets of its written uberblock slots.
pub struct Img {
    pub b: Vec<u8>,
    pub slots: Vec<usize>,
}

impl Img {
    pub fn new(b: Vec<u8>) -> Img {
        let size = b.len();
        let labels = [0, LABEL, size - 2 * LABEL, size - LABEL];
        let ring = labels
            .iter()
            .flat_map(|l| (0..32).map(move |i| l + (128 << 10) + i * SLOT));
        let slots = ring
            .filter(|s| b[*s..*s + 8] == 0xbab10c_u64.to_le_bytes())
            .collect();
        Img { b, slots }
    }

    pub fn u64(&self, at: usize) -> u64 {
        u64::from_le_bytes(self.b[at..at + 8].try_into().unwrap())
    }

    /// Start and psize of the block the pointer at `bp` names (first DVA).
    pub fn block(&self, bp: usize) -> (usize, usize) {
        let prop = self.u64(bp + 48);
        assert_eq!((prop >> 32) & 0x7f, 2, "an uncompressed block");
        let psize = (((prop >> 16) & 0xffff) + 1) << 9;
        let offset = (self.u64(bp + 8) & !(1 << 63)) << 9;
        (START + offset as usize, psize as usize)
    }

    /// Pointer offsets from the dnode at `dn` down to its L0 block `blkid`, and that block;
    /// `None` when a hole is on the way.
    pub fn descend(&self, dn: usize, blkid: u64) -> Option<(Vec<usize>, usize)> {
        let (shift, mut level) = (u32::from(self.b[dn + 1]) - 7, u32::from(self.b[dn + 2]) - 1);
        let mut bp = dn + 64 + 128 * (blkid >> (shift * level)) as usize;
        let mut chain = vec![bp];
        while level > 0 {
            (self.u64(bp) | self.u64(bp + 8) != 0).then_some(())?;
            level -= 1;
            let i = (blkid >> (shift * level)) & ((1 << shift) - 1);
            bp = self.block(bp).0 + 128 * i as usize;
            chain.push(bp);
        }
        (self.u64(bp) | self.u64(bp + 8) != 0).then_some(())?;
        Some((chain, self.block(bp).0))
    }

    /// Pointer offsets from the MOS root pointer down to MOS object `obj`'s dnode block, and
    /// the dnode's offset.
    pub fn mos_dnode(&self, obj: u64) -> (Vec<usize>, usize) {
        self.dnode(&[self.slots[0] + 40], obj)
    }

    /// Like [`Img::mos_dnode`] for object `obj` of the object set whose pointer is the last of
    /// `chain` (the root pointer, or a `ds_bp` in a dataset's bonus).
    pub fn dnode(&self, chain: &[usize], obj: u64) -> (Vec<usize>, usize) {
        self.try_dnode(chain, obj).expect("a dnode block")
    }

    /// Like [`Img::dnode`], `None` past the object set's last dnode block.
    pub fn try_dnode(&self, chain: &[usize], obj: u64) -> Option<(Vec<usize>, usize)> {
        let meta = self.block(*chain.last().unwrap()).0;
        let per_block = u64::from(u16::from_le_bytes([self.b[meta + 8], self.b[meta + 9]]));
        let (down, blk) = self.descend(meta, obj / per_block)?;
        Some((
            [chain, &down].concat(),
            blk + 512 * (obj % per_block) as usize,
        ))
    }

    /// Recomputes the checksums named by `chain` (top-down offsets of pointers) bottom-up,
    /// then copies the root pointer into every uberblock slot and reseals it.
    pub fn reseal(&mut self, chain: &[usize]) {
        for &bp in chain.iter().rev() {
            let (s, len) = self.block(bp);
            let words = fletcher4(&self.b[s..s + len]);
            for (i, w) in words.iter().enumerate() {
                self.b[bp + 96 + i * 8..bp + 104 + i * 8].copy_from_slice(&w.to_le_bytes());
            }
        }
        let root = self.b[chain[0]..chain[0] + 128].to_vec();
        for &s in &self.slots {
            self.b[s + 40..s + 168].copy_from_slice(&root);
            seal_label(&mut self.b[s..s + SLOT], s as u64);
        }
    }
}
