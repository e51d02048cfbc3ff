//! Bytes placed: allocated, stored and logical (what `dsize`, `psize` and `lsize` sum to).

/// Bytes placed: allocated, stored and logical.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Allocated (`dsize`).
    pub asize: u64,
    /// Stored (`psize`).
    pub psize: u64,
    /// Logical (`lsize`).
    pub lsize: u64,
}
