//! An EFI system partition image: FAT12/16/32 (chosen by size) holding the UEFI loader, its
//! configuration and the files it boots (UEFI 2.10 §13.3; Microsoft FAT spec).
//!
//! hadris-fat (pinned exactly) formats the volume and copies the files; this module is the
//! seam that keeps it replaceable. Order: `plan` sizes the volume from the file sizes →
//! `write` formats a temporary file of that size with a fixed serial, label and dates, and
//! copies every file in, streaming its bytes from the host.
mod options; // EspOptions, Esp: what is asked for and the temporary image written
mod plan; // file sizes → volume size with room for FATs, directories and cluster slack
mod write; // the orchestrator: hadris tree → formatted temporary file

pub use options::{Esp, EspOptions};
pub use write::write;
