//! Space reserved before it is written, as makefs allocates the MOS's (objset.c
//! `objset_space_alloc`, vdev.c `vdev_space_alloc`): extents taken from the allocator up
//! front, each for a kind of block (type and level), then handed out as blocks of that kind
//! are placed. What the reservation takes is known before a byte is written — what the space
//! maps must describe, their own blocks included.
use std::collections::{BTreeMap, VecDeque};

use super::Stats;
use crate::error::Result;
use crate::phys::DmuType;
use crate::vdev::Alloc;

/// The kind of block an extent is for: its type and level.
pub type BlockKind = (DmuType, u8);

/// Extents set aside, by the kind of block that will fill them, in the order reserved.
#[derive(Debug)]
pub struct Reservation {
    /// (offset, allocated bytes, block bytes) of each extent not yet taken.
    extents: BTreeMap<BlockKind, VecDeque<(u64, u64, u64)>>,
    unit: u64,
    /// Every extent reserved, its block stored as it is (allocated, stored, logical).
    pub stats: Stats,
}

impl Reservation {
    /// An empty reservation from `alloc`'s space.
    pub fn new(alloc: &Alloc) -> Reservation {
        Reservation {
            extents: BTreeMap::new(),
            unit: alloc.unit(),
            stats: Stats::default(),
        }
    }

    /// Reserves `count` extents of `size` bytes from `alloc` for blocks of `kind`.
    pub fn reserve(
        &mut self,
        alloc: &mut Alloc,
        kind: BlockKind,
        size: u64,
        count: u64,
    ) -> Result<()> {
        for _ in 0..count {
            let (offset, asize) = alloc.alloc(size)?;
            let queue = self.extents.entry(kind).or_default();
            queue.push_back((offset, asize, size));
            self.stats.asize += asize;
            self.stats.psize += size;
            self.stats.lsize += size;
        }
        Ok(())
    }

    /// Extents of `kind` not yet taken.
    pub fn left(&self, kind: BlockKind) -> u64 {
        self.extents.get(&kind).map_or(0, |q| q.len() as u64)
    }

    /// Whether every extent has been taken.
    pub fn is_used_up(&self) -> bool {
        self.extents.values().all(VecDeque::is_empty)
    }

    /// The allocation unit in bytes.
    pub fn unit(&self) -> u64 {
        self.unit
    }

    /// The next extent reserved for a block of `kind` and `size` bytes: (offset, asize).
    ///
    /// # Panics
    /// If none is left, or it was reserved for a block of another size: the writer placed
    /// something the reservation did not foresee.
    pub fn take(&mut self, kind: BlockKind, size: u64) -> (u64, u64) {
        let next = self.extents.get_mut(&kind).and_then(VecDeque::pop_front);
        let (offset, asize, reserved) =
            next.unwrap_or_else(|| panic!("no space reserved for {kind:?}"));
        assert_eq!(
            size, reserved,
            "a {kind:?} block of {size} bytes in {reserved} reserved"
        );
        (offset, asize)
    }
}
