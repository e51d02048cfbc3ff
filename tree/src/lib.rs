//! The input tree every Anvil writer consumes (initramfs, pool, ISO).
//!
//! A tree comes from a directory walk (`walk`), is adjusted by options (`--all-root`,
//! `SOURCE_DATE_EPOCH`) and by a spec in the kernel's `gen_init_cpio` line format (`spec`), then is
//! flattened (`flatten`) into entries in a fixed order: parents before children, siblings sorted
//! by name bytes. Entries hold metadata only; file bytes are read from the host when written, so
//! memory grows with the number of entries, never with file sizes.
#![forbid(unsafe_code)]

mod entry; // Entry, Kind, Meta, Time: one object of the tree
mod error; // Error, Result
mod flatten; // node tree → ordered Vec<Entry> with hard-link groups
mod load; // Options → Tree: the order of work
mod node; // the nested tree the walk and the spec edit
mod spec; // gen_init_cpio lines: parse, then apply
mod walk; // host directory → nodes

pub use entry::{Entry, Kind, Meta, Time};
pub use error::{Error, Result};
pub use load::{Options, Tree, load};
