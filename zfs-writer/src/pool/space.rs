//! Checks before and after writing: a vdev large enough, and free space for OpenZFS's
//! reserve ("slop") so that a read-write import can still sync.
//! OpenZFS module/zfs/spa_misc.c (`spa_get_slop_space`).
use crate::error::{Error, Result};
use crate::vdev::Geometry;

/// The vdev geometry of `size` bytes, or a clear error when it is below 64 MiB.
pub fn geometry(size: u64, ashift: u32) -> Result<Geometry> {
    Geometry::new(size, ashift).ok_or(Error::NoSpace {
        needed: 64 << 20,
        allowed: size,
    })
}

/// `spa_get_slop_space`: 1/32 of the space, but at least min(half, 128 MiB).
pub(super) fn slop(g: &Geometry) -> u64 {
    let space = g.allocatable();
    (space >> 5).max((space >> 1).min(128 << 20))
}

/// Refuses an image whose free space is below OpenZFS's reserve.
pub fn check_space(g: &Geometry, used: u64) -> Result<()> {
    match g.allocatable().saturating_sub(used) >= slop(g) {
        true => Ok(()),
        false => Err(Error::NoSpace {
            needed: used + slop(g),
            allowed: g.psize,
        }),
    }
}

/// The smallest image (whole MiB) whose allocatable space holds `used` plus the reserve.
pub(super) fn suggest(used: u64, ashift: u32) -> u64 {
    let mut size = (used + (5 << 20)).max(64 << 20).next_multiple_of(1 << 20);
    loop {
        let fits = Geometry::new(size, ashift).is_some_and(|g| g.allocatable() >= used + slop(&g));
        if fits {
            return size;
        }
        size += (size / 64).max(1 << 20).next_multiple_of(1 << 20);
    }
}
