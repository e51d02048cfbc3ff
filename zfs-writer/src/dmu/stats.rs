//! Bytes placed: allocated, stored and logical (what `dsize`, `psize` and `lsize` sum to).
use std::ops::Add;

/// Bytes placed: allocated, stored and logical.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Allocated (`dsize`; embedded blocks add 0).
    pub asize: u64,
    /// Stored (`psize`; `BP_GET_PSIZE` is 0 for embedded blocks).
    pub psize: u64,
    /// Logical (`lsize`), standing in for `BP_GET_UCSIZE`: embedded metadata blocks add 0.
    pub lsize: u64,
}

impl Add for Stats {
    type Output = Stats;
    fn add(self, o: Stats) -> Stats {
        Stats {
            asize: self.asize + o.asize,
            psize: self.psize + o.psize,
            lsize: self.lsize + o.lsize,
        }
    }
}
