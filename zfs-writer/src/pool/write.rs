//! The orchestrator (makefs zfs.c `zfs_makefs`): check the names → size the vdev → lay the
//! pool out into the temporary file (`lay_out`) → sync and rename. A tree that does not fit
//! is measured by dry runs (`fit`) for the size to suggest.
use std::path::Path;

use super::fit::fitting_size;
use super::lay_out::lay_out;
use super::names::check_names;
use super::options::PoolOptions;
use super::output::Output;
use super::snapshot_names::check_snapshots;
use super::space::geometry;
use crate::error::{Error, Result};

/// What was written.
#[derive(Clone, Copy, Debug)]
pub struct PoolSummary {
    /// Image size in bytes.
    pub size: u64,
    /// Bytes allocated in the pool.
    pub allocated: u64,
    /// Objects in the datasets' object sets, the ZPL's own included.
    pub objects: u64,
}

/// Writes the pool `opts` describes to `out` (atomically: nothing is left on error). When
/// the tree does not fit, the error names a size found by dry runs, which fits.
pub fn write_pool(
    out: &Path,
    opts: &PoolOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<PoolSummary> {
    check_names(opts)?;
    check_snapshots(opts)?;
    let g = geometry(opts.size, opts.ashift)?;
    let output = Output::create(out, g.psize)?;
    let sink = output.sink()?;
    match lay_out(&sink, opts, &g, out, progress) {
        Ok(summary) => {
            output.commit(sink)?;
            Ok(summary)
        }
        Err(Error::NoSpace { .. }) => {
            drop((sink, output));
            let needed = fitting_size(opts, out, |_| 0)?;
            let allowed = opts.size;
            Err(Error::NoSpace { needed, allowed })
        }
        Err(e) => Err(e),
    }
}
