//! A bump allocator over the whole metaslabs of the vdev.
//!
//! Every block is written once, in order, so allocations are contiguous from each metaslab's
//! start — a block never straddles two metaslabs (OpenZFS claims each block from one), so one
//! that would is moved to the next metaslab. Each metaslab then holds one allocated run from
//! its start, which makes its space map one entry, and the output independent of timing.
use crate::error::{Error, Result};

/// Hands out consecutive, unit-aligned extents, never across a metaslab boundary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alloc {
    next: u64,
    limit: u64,
    unit: u64,
    ms_shift: u32,
    /// Bytes allocated in each metaslab touched so far.
    filled: Vec<u64>,
}

impl Alloc {
    /// An allocator over `limit` bytes (whole metaslabs of `1 << ms_shift` bytes) with
    /// allocation unit `1 << ashift`.
    pub fn new(limit: u64, ashift: u32, ms_shift: u32) -> Alloc {
        Alloc {
            next: 0,
            limit,
            unit: 1 << ashift,
            ms_shift,
            filled: Vec::new(),
        }
    }

    /// Takes `size` bytes rounded up to the unit; returns `(offset, asize)`.
    pub fn alloc(&mut self, size: u64) -> Result<(u64, u64)> {
        let asize = size.next_multiple_of(self.unit);
        let ms_end = ((self.next >> self.ms_shift) + 1) << self.ms_shift;
        if self.next + asize > ms_end {
            self.next = ms_end;
        }
        let offset = self.next;
        if offset + asize > self.limit {
            return Err(Error::NoSpace {
                needed: offset + asize,
                allowed: self.limit,
            });
        }
        let ms = (offset >> self.ms_shift) as usize;
        self.filled.resize(self.filled.len().max(ms + 1), 0);
        self.filled[ms] += asize;
        self.next += asize;
        Ok((offset, asize))
    }

    /// Bytes allocated so far.
    pub fn used(&self) -> u64 {
        self.filled.iter().sum()
    }

    /// Bytes allocated in each touched metaslab (a prefix of the metaslabs).
    pub fn filled(&self) -> &[u64] {
        &self.filled
    }

    /// Metaslabs holding allocations.
    pub fn holding(&self) -> u64 {
        self.filled.iter().filter(|&&f| f > 0).count() as u64
    }

    /// The allocation unit in bytes.
    pub fn unit(&self) -> u64 {
        self.unit
    }
}

#[cfg(test)]
mod tests;
