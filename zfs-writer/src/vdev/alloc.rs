//! A bump allocator over the whole metaslabs of the vdev.
//!
//! Every block is written once, in order, so allocations are contiguous from offset 0: each
//! metaslab's allocated space is one run from its start, which makes the space maps one entry
//! each and the output independent of timing. Unit: `1 << ashift`.
use crate::error::{Error, Result};

/// Hands out consecutive, unit-aligned extents.
#[derive(Clone, Debug)]
pub struct Alloc {
    next: u64,
    limit: u64,
    unit: u64,
}

impl Alloc {
    /// An allocator over `limit` bytes with allocation unit `1 << ashift`.
    pub fn new(limit: u64, ashift: u32) -> Alloc {
        Alloc {
            next: 0,
            limit,
            unit: 1 << ashift,
        }
    }

    /// Takes `size` bytes rounded up to the unit; returns `(offset, asize)`.
    pub fn alloc(&mut self, size: u64) -> Result<(u64, u64)> {
        let asize = size.next_multiple_of(self.unit);
        let offset = self.next;
        if offset + asize > self.limit {
            return Err(Error::NoSpace {
                needed: offset + asize,
                allowed: self.limit,
            });
        }
        self.next += asize;
        Ok((offset, asize))
    }

    /// Bytes allocated so far (also the end of the allocated run).
    pub fn used(&self) -> u64 {
        self.next
    }

    /// The allocation unit in bytes.
    pub fn unit(&self) -> u64 {
        self.unit
    }
}
