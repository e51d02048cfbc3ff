//! Boot-media formats Anvil writes itself, with no host tool: the initramfs (newc cpio in a
//! gzip stream compressed on every core). ISO9660, El Torito and the hybrid MBR/GPT follow.
//!
//! Every writer streams file bytes from the host, keeps only metadata in memory, and writes to
//! a temporary file beside the output that is renamed into place only when all went well.
#![forbid(unsafe_code)]

mod atomic; // temp file in the target directory, renamed on commit
pub mod cpio; // newc archive writer and tree → archive
pub mod efi; // files → FAT EFI system partition image through hadris-fat
mod error; // Error, Result
pub mod gzip; // deterministic parallel gzip encoder
pub mod initramfs; // tree → cpio → gzip → file: the `initramfs` command
pub mod iso; // tree + boot files → bootable hybrid ISO 9660 through hadris-iso
mod times; // times a format cannot hold: one warning
pub mod verify; // readers that check our images, optionally against their tree
mod xattrs; // attributes a format cannot store: one warning, or a refusal

pub use atomic::AtomicFile;
pub use error::{Error, Result};
pub use xattrs::XattrPolicy;
