//! Checks before and after writing: names ZFS accepts, a vdev large enough, and free space
//! for OpenZFS's reserve ("slop") so that a read-write import can still sync.
//! OpenZFS module/zcommon/zfs_namecheck.c (`pool_namecheck`, `entity_namecheck`),
//! module/zfs/spa_misc.c (`spa_get_slop_space`).
use super::options::PoolOptions;
use crate::error::{Error, Result};
use crate::vdev::Geometry;

/// Names `pool_namecheck` reserves as prefixes.
const RESERVED: [&str; 5] = ["mirror", "raidz", "draid", "spare", "log"];

/// Refuses pool and dataset names OpenZFS would refuse.
pub fn check_names(opts: &PoolOptions) -> Result<()> {
    let bad = |name: &str, what, why| {
        Err(Error::BadName {
            name: name.to_owned(),
            what,
            why,
        })
    };
    let n = &opts.name;
    if !n.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return bad(n, "pool", "it must begin with a letter");
    }
    if RESERVED.iter().any(|r| n.starts_with(r)) {
        return bad(
            n,
            "pool",
            "mirror, raidz, draid, spare and log are reserved prefixes",
        );
    }
    for name in [n].into_iter().chain(opts.datasets.iter().map(|d| &d.name)) {
        let ok = |c: char| c.is_ascii_alphanumeric() || "_-.:".contains(c);
        if name.is_empty()
            || name.len() > 200
            || !name.split('/').all(|p| !p.is_empty() && p.chars().all(ok))
        {
            return bad(
                name,
                "dataset",
                "use 1–200 of A–Z a–z 0–9 _ - . : per component",
            );
        }
    }
    Ok(())
}

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
