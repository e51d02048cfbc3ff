//! The pool being verified: the image, its vdev's geometry and what the block walk found.
use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::blk::{BlockCache, Bp};
use crate::dmu::Tally;
use crate::error::{Error, Result};
use crate::read_at::ReadAt;

/// `VDEV_LABEL_START_SIZE`: DVA offsets count from here (two labels + the boot area).
pub(crate) const LABEL_START: u64 = 4 << 20;

/// Counts of the blocks walked, as zdb -b prints them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BlockStats {
    /// Block pointers that are not holes (embedded ones included), each counted once.
    pub blocks: u64,
    /// Sum of their logical sizes.
    pub lsize: u64,
    /// Sum of their physical sizes (`BP_GET_PSIZE`: 0 for embedded pointers, as zdb counts).
    pub psize: u64,
    /// Sum of the allocated sizes of all their DVAs.
    pub asize: u64,
    /// Embedded block pointers (data inside the pointer, nothing allocated).
    pub embedded: u64,
    /// Intent-log blocks (allocated, counted, contents not verified).
    pub zil: u64,
    /// ZAP objects decoded (every one in every object set).
    pub zaps: u64,
    /// Blocks (counted in `blocks`) on the deferred-free lists: allocated until a later txg, not read.
    pub deferred: u64,
}

/// The image and the walk's state.
pub(crate) struct Pool<'a> {
    pub src: &'a dyn ReadAt,
    /// Allocatable bytes of vdev 0 (`asize` in the label's vdev tree).
    pub asize: u64,
    pub stats: BlockStats,
    /// `(offset, asize)` of every DVA referenced.
    pub refs: Vec<(u64, u64)>,
    /// First-DVA offsets of blocks already walked, with their checksum and `blk_prop`: each
    /// block once, and no cycles.
    pub seen: HashMap<u64, ([u64; 4], u64)>,
    /// Indirect and dnode blocks read by object lookups, by first-DVA offset, and their bytes.
    pub cache: RefCell<BlockCache>,
    /// Tree comparison: mtimes to the second only.
    pub seconds_only: bool,
    /// The accounting sums of the object set being walked.
    pub tally: Tally,
}

impl<'a> Pool<'a> {
    pub fn new(src: &'a dyn ReadAt, asize: u64) -> Pool<'a> {
        Pool {
            src,
            asize,
            stats: BlockStats::default(),
            refs: Vec::new(),
            seen: HashMap::new(),
            cache: RefCell::default(),
            seconds_only: false,
            tally: Tally::default(),
        }
    }

    /// Counts `bp` and its DVAs the first time it is met; `false` if already walked. The
    /// same DVA under a different pointer (another checksum or size) is a double allocation.
    pub fn visit(&mut self, bp: &Bp) -> Result<bool> {
        if let Some(first) = bp.dvas().next() {
            let id = (bp.0.blk_cksum.map(|w| w.get()), bp.0.blk_prop.get());
            match self.seen.entry(first.offset()) {
                Entry::Occupied(o) if *o.get() == id => return Ok(false),
                Entry::Occupied(_) => {
                    let (off, size) = (first.offset(), first.asize());
                    let what = format!(
                        "DVA <0:{off:x}:{size:x}> is named by two different block pointers (double allocation)"
                    );
                    return Err(Error::Space(what));
                }
                Entry::Vacant(v) => {
                    v.insert(id);
                }
            }
        }
        let s = &mut self.stats;
        s.blocks += 1;
        s.lsize += bp.lsize();
        s.psize += if bp.embedded() { 0 } else { bp.psize() };
        s.embedded += u64::from(bp.embedded());
        for d in bp.dvas() {
            s.asize += d.asize();
            self.refs.push((d.offset(), d.asize()));
        }
        Ok(true)
    }
}
