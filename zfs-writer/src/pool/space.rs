//! Checks before and after writing: a vdev large enough, and free space for OpenZFS's
//! reserve ("slop") so that a read-write import can still sync.
//! OpenZFS module/zfs/spa_misc.c (`spa_get_slop_space`).
use super::options::PoolOptions;
use crate::error::{Error, Result};
use crate::vdev::Geometry;

/// The vdev geometry of the requested size, or a clear error when it is below 64 MiB.
pub fn geometry(opts: &PoolOptions) -> Result<Geometry> {
    Geometry::new(opts.size, opts.ashift).ok_or(Error::NoSpace {
        needed: 64 << 20,
        allowed: opts.size,
    })
}

/// `spa_get_slop_space`: 1/32 of the space, but at least min(half, 128 MiB).
fn slop(g: &Geometry) -> u64 {
    let space = g.allocatable();
    (space >> 5).max((space >> 1).min(128 << 20))
}

/// Refuses an image whose free space is below OpenZFS's reserve.
pub fn check_space(g: &Geometry, used: u64, opts: &PoolOptions) -> Result<()> {
    match g.allocatable().saturating_sub(used) >= slop(g) {
        true => Ok(()),
        false => Err(Error::NoSpace {
            needed: suggest(used, opts.ashift),
            allowed: opts.size,
        }),
    }
}

/// Turns an allocation failure into the image size the tree needs.
pub fn too_small(e: Error, opts: &PoolOptions) -> Error {
    let Error::NoSpace { needed, .. } = e else {
        return e;
    };
    let data: u64 = opts
        .datasets
        .iter()
        .map(|d| d.tree.file_bytes() + d.tree.entries().len() as u64 * 2048)
        .sum();
    Error::NoSpace {
        needed: suggest(needed.max(data), opts.ashift),
        allowed: opts.size,
    }
}

/// The smallest image (whole MiB) whose allocatable space holds `used` plus the reserve.
fn suggest(used: u64, ashift: u32) -> u64 {
    let mut size = (used + (5 << 20)).max(64 << 20).next_multiple_of(1 << 20);
    loop {
        let g = Geometry::new(size, ashift).expect("at least 64 MiB");
        if g.allocatable() >= used + used / 64 + slop(&g) {
            return size;
        }
        size += (size / 64).max(1 << 20).next_multiple_of(1 << 20);
    }
}
