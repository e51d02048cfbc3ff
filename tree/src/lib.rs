//! The input tree every Anvil writer consumes (initramfs, pool, ISO).
//!
//! A tree comes from a directory walk (`walk`), is adjusted by options (`--all-root`,
//! `SOURCE_DATE_EPOCH`) and by a spec in the kernel's `gen_init_cpio` line format (`spec`), then is
//! flattened (`flatten`) into entries in a fixed order: parents before children, siblings sorted
//! by name bytes. Entries hold metadata only; file bytes are read from the host when written, so
//! memory grows with the number of entries, never with file sizes.
#![forbid(unsafe_code)]

mod archive; // tar archives (plain, gzip, zstd, xz) → nodes, file bytes left in place
mod entry; // Entry, Kind, Xattr: one object of the tree
mod error; // Error, Result
mod flatten; // node tree → ordered Vec<Entry> with hard-link groups
mod input; // --root: a directory or an archive, told apart by what it is
mod load; // Options → Tree: the order of work
mod meta; // Meta, Time
mod node; // the nested tree the walk and the spec edit
mod path; // image paths: components, NAME_MAX
mod place; // a node put at a path: parents created, later entries win
pub mod posix_acl; // the POSIX ACL xattr format: version, tags, ids
mod source; // Source: host file, archive range or bytes; the one size-checked reader
mod spec; // gen_init_cpio lines: parse, then apply
mod tree; // Tree: entries, hard-link groups, warnings
mod walk; // host directory → nodes
mod xattrs; // a host entry's extended attributes

pub use entry::{Entry, Kind, Xattr};
pub use error::{Error, Result, SizeChanged};
pub use load::{Options, load};
pub use meta::{Meta, Time};
pub use source::{Archive, ArchiveRange, Segment, Source, SourceReader};
pub use spec::Addition;
pub use tree::Tree;
