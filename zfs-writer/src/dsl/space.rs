//! Space as DSL directories and datasets count it, and how it rolls up the directory tree.
//! OpenZFS module/zfs/dsl_dataset.c (`dsl_dataset_block_born`: used = dsize, compressed =
//! psize, uncompressed = `BP_GET_UCSIZE`), dsl_dir.c (`dsl_dir_diduse_transfer_space`: a
//! child's space is its parent's `DD_USED_CHILD`), dsl_pool.c (`dsl_pool_mos_diduse_space`).
use std::ops::Add;

use super::DslInput;
use crate::dmu::Stats;

/// Allocated, physical and uncompressed bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Space {
    pub used: u64,
    pub compressed: u64,
    pub uncompressed: u64,
}

impl Space {
    /// A dataset's object set. `lsize` stands in for `BP_GET_UCSIZE`, which counts metadata
    /// blocks at their physical size: exact when every metadata block is stored as is.
    pub(super) fn of_dataset(s: &Stats) -> Space {
        Space {
            used: s.asize,
            compressed: s.psize,
            uncompressed: s.lsize,
        }
    }

    /// The MOS: all metadata, so its uncompressed size is its physical size.
    pub(super) fn of_mos(s: &Stats) -> Space {
        Space {
            used: s.asize,
            compressed: s.psize,
            uncompressed: s.psize,
        }
    }
}

impl Add for Space {
    type Output = Space;
    fn add(self, o: Space) -> Space {
        Space {
            used: self.used + o.used,
            compressed: self.compressed + o.compressed,
            uncompressed: self.uncompressed + o.uncompressed,
        }
    }
}

/// Space of one DSL directory: its head dataset's and its children's (`DD_USED_HEAD`,
/// `DD_USED_CHILD`; snapshots and reservations hold nothing here).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct DirSpace {
    pub head: Space,
    pub child: Space,
}

impl DirSpace {
    /// Everything the directory accounts for (`dd_used_bytes` and friends).
    pub(super) fn total(&self) -> Space {
        self.head + self.child
    }
}

/// The space of each dataset's directory, in input order (`$FREE` and `$ORIGIN` hold nothing;
/// `MosDirs::account` adds `$MOS` once the MOS is laid out).
pub(super) fn dir_space(input: &DslInput, parents: &[Option<usize>]) -> Vec<DirSpace> {
    let mut out: Vec<DirSpace> = input
        .datasets
        .iter()
        .map(|d| DirSpace {
            head: Space::of_dataset(&d.usage),
            child: Space::default(),
        })
        .collect();
    for i in (1..out.len()).rev() {
        let p = parents[i].expect("only the root has no parent");
        out[p].child = out[p].child + out[i].total();
    }
    out
}
