//! The image size a tree needs, found by dry runs: the whole pool laid out into a sink that
//! writes nothing, with compression off and every file block non-zero — an upper bound on
//! what the real write allocates (every block as large or larger, in the same order, so the
//! bump allocator ends no earlier). A size the dry run fits, the real write fits; no file is
//! read. Used for the size a too-small `--size` error suggests (it works at the first retry)
//! and for `--size auto`.
use std::path::Path;

use super::lay_out::lay_out;
use super::options::PoolOptions;
use super::space::{geometry, slop, suggest};
use crate::error::{Error, Result};
use crate::vdev::Sink;

/// Dry runs allowed before giving up (each grows the size by at least 1/8).
const TRIES: usize = 64;

/// The `--size auto` headroom over the laid-out upper bound: an eighth, plus 16 MiB.
pub fn headroom(used: u64) -> u64 {
    used / 8 + (16 << 20)
}

/// The smallest size (whole MiB, found by growing in eighths) at which the dry run fits with
/// `room(used)` free beyond OpenZFS's reserve.
pub fn fitting_size(opts: &PoolOptions, out: &Path, room: fn(u64) -> u64) -> Result<u64> {
    let probe = |size| {
        let g = geometry(size, opts.ashift)?;
        lay_out(&Sink::dry(), opts, &g, out, &|_| {}).map(|s| (g, s.allocated))
    };
    let mut size = first_guess(opts, room);
    for _ in 0..TRIES {
        let next = match probe(size) {
            Ok((g, used)) if g.allocatable() >= used + slop(&g) + room(used) => return Ok(size),
            Ok((_, used)) => suggest(used + room(used), opts.ashift),
            Err(Error::NoSpace { needed, .. }) => suggest(needed, opts.ashift),
            Err(e) => return Err(e),
        };
        size = next.max(size + size / 8).next_multiple_of(1 << 20);
    }
    Err(Error::NoSpace {
        needed: size,
        allowed: opts.size,
    })
}

/// Where the search starts: the files' bytes plus a unit and a dnode's share per entry, plus
/// the room asked for.
fn first_guess(opts: &PoolOptions, room: fn(u64) -> u64) -> u64 {
    let unit = 1u64 << opts.ashift;
    let trees = opts.datasets.iter().map(|d| &d.tree);
    let bytes: u64 = trees
        .map(|t| t.file_bytes() + t.entries().len() as u64 * (unit + 512))
        .sum();
    suggest(bytes + room(bytes), opts.ashift)
}
