//! A bootable ISO 9660 image: our tree plus boot files at fixed paths → ISO 9660 (Level 3,
//! multi-extent files) + Rock Ridge + Joliet, El Torito no-emulation entries for BIOS (with a
//! boot-info-table) and UEFI (an ESP image), and an isohybrid MBR, with UEFI a GPT beside it
//! (ECMA-119; El Torito 1.0; UEFI 2.10 §5, §13.3; syslinux isohybrid.c).
//!
//! hadris-iso (pinned exactly) lays the image out; this module is the seam that keeps it
//! replaceable. Order: `efi` writes the ESP image to a temporary file → `tree` converts the
//! input with every time and owner explicit → `layout` turns [`Options`] into hadris options
//! → `write` streams the blocks through `sink` into an [`AtomicFile`](crate::AtomicFile)
//! renamed into place at the end.
mod efi; // the ESP image beside the output and its El Torito load size
mod layout; // Options → hadris IsoOptions: levels, extensions, El Torito, MBR/GPT, seed
mod node; // one entry → one hadris node with explicit mode, owner and times
mod options; // Options, BiosBoot, EfiBoot, Extra, Source, Summary: the adapter's vocabulary
mod sink; // append-only 2 KiB block device over any Write
mod sources; // every tree file as lazy content: our sources as a mounted hadris filesystem
mod symlinks; // targets Rock Ridge (as hadris writes it) cannot keep: one warning
mod tree; // anvil_tree::Tree + extras → hadris_fs::Tree
mod volume_id; // ECMA-119 d-characters, which also make a valid FAT label
mod write; // the orchestrator

pub use options::{BiosBoot, EfiBoot, Extra, Options, Source, Summary};
pub use volume_id::check_volume_id;
pub use write::{write, write_with};
