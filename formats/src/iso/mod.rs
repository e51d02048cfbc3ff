//! A bootable ISO 9660 image: our tree plus boot files at fixed paths → ISO 9660 (Level 3,
//! multi-extent files) + Rock Ridge + Joliet, an El Torito BIOS no-emulation entry with a
//! boot-info-table, and an isohybrid MBR (ECMA-119; El Torito 1.0; syslinux isohybrid.c).
//!
//! hadris-iso (pinned exactly) lays the image out; this module is the seam that keeps it
//! replaceable. Order: `tree` converts the input with every time and owner explicit →
//! `layout` turns [`Options`] into hadris options → `write` streams the blocks through
//! `sink` into an [`AtomicFile`](crate::AtomicFile) renamed into place at the end.
mod layout; // Options → hadris IsoOptions: levels, extensions, El Torito, hybrid MBR
mod node; // one entry → one hadris node with explicit mode, owner and times
mod options; // Options, BiosBoot, Extra, Source, Summary: the adapter's vocabulary
mod sink; // append-only 2 KiB block device over any Write
mod tree; // anvil_tree::Tree + extras → hadris_fs::Tree
mod write; // the orchestrator

pub use options::{BiosBoot, Extra, Options, Source, Summary};
pub use write::write;
