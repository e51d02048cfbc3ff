//! The DSL's draws: each ZAP salt and dataset GUID keyed by the seed, the object id and what it
//! is for (`crate::seed::draw`), so rebuilding the plan gives the same values in any order.

/// What a draw is for; each gets its own stream.
#[derive(Clone, Copy, Debug)]
pub(super) enum Draw {
    /// A ZAP's hash salt (non-zero).
    Salt,
    /// `ds_guid` (non-zero).
    Guid,
    /// `ds_fsid_guid`: non-zero, 56 bits (`UNIQUE_BITS`).
    FsidGuid,
}

/// `UNIQUE_MASK`: the 56 bits of an fsid GUID.
const UNIQUE_MASK: u64 = (1 << 56) - 1;

/// The draw for MOS object `id` and purpose `what` under `seed`; never zero.
pub(super) fn draw(seed: u64, id: u64, what: Draw) -> u64 {
    match what {
        Draw::Salt => crate::seed::draw(seed, "mos zap salt", id),
        Draw::Guid => crate::seed::draw(seed, "dataset guid", id),
        Draw::FsidGuid => (crate::seed::draw(seed, "dataset fsid guid", id) & UNIQUE_MASK).max(1),
    }
}
