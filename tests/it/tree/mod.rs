//! Input trees for tests and their manifests, computed independently of Anvil's code.
//!
//! A [`Record`] is what an oracle can observe of one entry (type, mode, owner, size, links,
//! mtime, contents hash, link target, device numbers). `manifest` reads them from a host
//! directory with std only; `listing` reads them from a guest's busybox listing.
pub mod build; // files and directories with chosen modes and times
pub mod diff; // what differs between two manifests
pub mod fixture; // the few-hundred-entry tree plus spec the initramfs tests share
pub mod listing; // the busybox script that lists a guest's tree, and its parser
pub mod manifest; // host directory → records
mod record; // Record and Manifest
pub mod spec; // the fixture's spec and the records it must produce
mod special; // links, fifo, odd names and owners of the fixture

pub use diff::assert_same;
pub use record::{Manifest, Record};
