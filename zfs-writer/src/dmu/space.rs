//! Where a writer's blocks go: wherever the allocator puts them next, or into the extents a
//! [`Reservation`] set aside for their kind.
use super::{BlockKind, Reservation};
use crate::error::Result;
use crate::vdev::Alloc;

/// Where a writer's blocks go.
#[derive(Debug)]
pub(super) enum Space<'a> {
    /// Wherever the allocator puts them next.
    Alloc(&'a mut Alloc),
    /// Into the extents reserved for their kind.
    Reserved(&'a mut Reservation),
}

impl Space<'_> {
    /// The extent for a block of `kind` and `size` bytes: (offset, asize).
    pub(super) fn take(&mut self, kind: BlockKind, size: u64) -> Result<(u64, u64)> {
        match self {
            Space::Alloc(a) => a.alloc(size),
            Space::Reserved(r) => Ok(r.take(kind, size)),
        }
    }

    /// The allocation unit in bytes.
    pub(super) fn unit(&self) -> u64 {
        match self {
            Space::Alloc(a) => a.unit(),
            Space::Reserved(r) => r.unit(),
        }
    }
}
