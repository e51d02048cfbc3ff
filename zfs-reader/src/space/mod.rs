//! Space maps against the blocks found (zdb -b leak detection): every metaslab's space map
//! replayed (space_map.h entries), then compared with the set of referenced DVAs — bytes
//! allocated but not referenced are leaks; bytes referenced twice or referenced but free
//! are double allocations.
mod check; // Pool::check_space: the comparison and its messages
mod entries; // space map entries: one-word, two-word (SM2) and debug
mod metaslab; // the metaslab array and one space map object replayed

pub(crate) use ranges::Ranges;

mod ranges; // Ranges: disjoint byte ranges
